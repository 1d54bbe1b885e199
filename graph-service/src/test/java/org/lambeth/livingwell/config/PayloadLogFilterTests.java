package org.lambeth.livingwell.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class PayloadLogFilterTests {

    private final LoggerContext context = new LoggerContext();
    private final PayloadLogFilter filter = new PayloadLogFilter();

    private FilterReply decide(String logger, Level level) {
        return filter.decide(null, context.getLogger(logger), level, "{}", new Object[] {"Cobalt Heron"}, null);
    }

    @Test
    void payloadLoggersLoseTheirDebugAndTraceOnly() {
        for (var logger : new String[] {"org.neo4j.bolt.connection.netty.impl.async.inbound.InboundMessageDispatcher",
                "org.neo4j.driver", "org.springframework.data.neo4j.cypher", "org.springframework.graphql.server"
                + ".webmvc.GraphQlHttpHandler", "org.apache.coyote.http11.Http11InputBuffer"}) {
            assertThat(decide(logger, Level.DEBUG)).as(logger).isEqualTo(FilterReply.DENY);
            assertThat(decide(logger, Level.TRACE)).as(logger).isEqualTo(FilterReply.DENY);
            assertThat(decide(logger, Level.INFO)).as(logger).isEqualTo(FilterReply.NEUTRAL);
            assertThat(decide(logger, Level.ERROR)).as(logger).isEqualTo(FilterReply.NEUTRAL);
        }
    }

    @Test
    void otherLoggersAreLeftToTheirLevelsAndNotPrivacySafeOnesAreSilent() {
        assertThat(decide("org.lambeth.livingwell.party.PeopleService", Level.DEBUG)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.springframework.graphqlish", Level.DEBUG)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.neo4j.kernel", Level.DEBUG)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("notprivacysafe.graphql.GraphQL", Level.ERROR)).isEqualTo(FilterReply.DENY);
    }
}
