package org.lambeth.livingwell.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's id: the caller's when it is safe, else a new one; echoed in {@code X-Request-Id}, in every GraphQL
 * error's {@code extensions.requestId}, and in the MDC of the log lines of the request, on the request's thread and on
 * the analysis pool's.
 */
class RequestIdIT extends GraphQlServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aGraphQlErrorCarriesTheIdOfTheResponseHeader() {
        var response = graphql.exchange("{ noSuchField }", Map.of());
        var id = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        var errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors).isNotEmpty();
        errors.forEach(error -> assertThat(error.path("extensions").path("requestId").asString()).isEqualTo(id));
        assertThat(errors.get(0).path("extensions").path("classification").asString()).isEqualTo("ValidationError");
    }

    @Test
    void aSafeIncomingIdIsKeptAndAnUnsafeOneReplaced() {
        var kept = graphql.with(RequestIds.HEADER, "lb-7f3a.1_x").exchange("{ noSuchField }", Map.of());
        assertThat(kept.headers().firstValue(RequestIds.HEADER)).hasValue("lb-7f3a.1_x");
        assertThat(JSON.readTree(kept.body()).path("errors").get(0).path("extensions").path("requestId").asString())
                .isEqualTo("lb-7f3a.1_x");
        var unsafe = graphql.with(RequestIds.HEADER, "x\"y<script>").exchange("{ me { role } }", Map.of());
        assertThat(unsafe.headers().firstValue(RequestIds.HEADER).orElseThrow()).matches("[0-9a-f-]{36}");
        var tooLong = graphql.with(RequestIds.HEADER, "a".repeat(65)).exchange("{ me { role } }", Map.of());
        assertThat(tooLong.headers().firstValue(RequestIds.HEADER).orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void theRequestsLogLinesCarryItsIdOnEveryThreadItUses() {
        var peer = graphql.as(Role.PEER_SUPPORTER).with(RequestIds.HEADER, "req-logs-1");
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = new ListAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.start();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var analysis = context.getLogger("org.lambeth.livingwell.analysis");
        var web = context.getLogger("org.springframework.web");
        var levels = new Level[] {analysis.getLevel(), web.getLevel()};
        root.addAppender(appender);
        analysis.setLevel(Level.DEBUG);
        web.setLevel(Level.DEBUG);
        try {
            var response = peer.exchange("{ networkStrength { crossTies } }", Map.of());
            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            root.detachAppender(appender);
            analysis.setLevel(levels[0]);
            web.setLevel(levels[1]);
        }
        var ours = appender.list.stream().filter(e -> "req-logs-1".equals(e.getMDCPropertyMap().get("requestId")))
                .toList();
        assertThat(ours).as("the analysis pool's line").anyMatch(e -> e.getThreadName().equals("network-analysis")
                && e.getFormattedMessage().startsWith("Analysis networkStrength ran for"));
        assertThat(ours).as("the request thread's lines").anyMatch(e -> e.getThreadName().startsWith("http-nio")
                && e.getLoggerName().startsWith("org.springframework.web"));
        // every line from the threads serving requests in that window is this request's (the tests run one at a time)
        assertThat(appender.list.stream().filter(e -> e.getThreadName().contains("-exec-")
                || e.getThreadName().equals("network-analysis")))
                .allMatch(e -> "req-logs-1".equals(e.getMDCPropertyMap().get("requestId")));
    }
}
