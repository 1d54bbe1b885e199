package org.lambeth.livingwell.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The gate, without a server: open while running; once stopped, new requests 503 except the health probes. */
class ShutdownGateTests {

    private final ShutdownGate gate = new ShutdownGate();

    @Test
    void whileRunningEveryRequestPasses() throws Exception {
        gate.start();
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("POST", "/graphql"), response, chain);
        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void onceStoppedANewRequestIsRefusedWith503AndTheProbesStillAnswer() throws Exception {
        gate.start();
        gate.stop();
        assertThat(gate.isRunning()).isFalse();

        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("POST", "/graphql"), response, chain);
        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString()).contains("\"classification\":\"SHUTTING_DOWN\"")
                .contains("This instance is shutting down; try again shortly");

        var probe = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
                probe);
        assertThat(probe.getRequest()).as("the probe passed on").isNotNull();
    }
}
