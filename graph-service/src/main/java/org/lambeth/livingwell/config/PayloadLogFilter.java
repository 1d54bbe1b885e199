package org.lambeth.livingwell.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Denies the DEBUG and TRACE events of libraries that print what passes through them, whatever their levels are set
 * to: such events hold people's data. Each was seen doing so (PersonalDataLogsIT): the Neo4j driver's Bolt messages
 * (statement parameters and result records), Spring Data Neo4j's Cypher parameters, Spring for GraphQL's requests
 * (document and variables), results, handler arguments and resolved error messages, and Tomcat's raw request buffers
 * (bodies and session cookies). graphql-java's "notprivacysafe" loggers are denied at every level. Their INFO and
 * above (start-up, connection failures) still pass.
 */
final class PayloadLogFilter extends TurboFilter {

    static final List<String> PAYLOAD_LOGGERS = List.of("org.neo4j.driver", "org.neo4j.bolt",
            "org.springframework.data.neo4j", "org.springframework.graphql", "org.apache.coyote",
            // session cookies (credentials) at DEBUG
            "org.apache.tomcat.util.http",
            // Spring for GraphQL's HTTP handler as the API subclasses it (its logger takes the subclass's name)
            "org.lambeth.livingwell.api.DatabaseUnavailableStatus$StatusHttpHandler");
    static final String NOT_PRIVACY_SAFE = "notprivacysafe";

    private final Map<String, Boolean> payloadLoggers = new ConcurrentHashMap<>();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (logger == null) {
            return FilterReply.NEUTRAL;
        }
        var name = logger.getName();
        if (name.startsWith(NOT_PRIVACY_SAFE)) {
            return FilterReply.DENY;
        }
        if (level == null || level.isGreaterOrEqual(Level.INFO)) {
            return FilterReply.NEUTRAL;
        }
        return payloadLoggers.computeIfAbsent(name, PayloadLogFilter::printsPayloads) ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }

    static boolean printsPayloads(String loggerName) {
        return PAYLOAD_LOGGERS.stream().anyMatch(prefix -> loggerName.equals(prefix)
                || loggerName.startsWith(prefix + "."));
    }
}
