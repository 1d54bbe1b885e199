package org.lambeth.livingwell.ops;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The drain on shutdown. It closes first, before the web server's graceful shutdown begins: from then on a new
 * request (a new import, query or live-socket handshake) is refused with 503 {@code SHUTTING_DOWN},
 * {@code Retry-After} and {@code Connection: close}, so the client goes to another instance, while the requests
 * already in flight (an import's one transaction included) run to their end, for up to
 * {@code spring.lifecycle.timeout-per-shutdown-phase}. The health probes still answer (readiness is DOWN by then).
 */
class ShutdownGate extends OncePerRequestFilter implements SmartLifecycle {

    static final String CODE = "SHUTTING_DOWN";
    static final String MESSAGE = "This instance is shutting down; try again shortly";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ShutdownGate.class);

    private volatile boolean open;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || request.getRequestURI().startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CONNECTION, "close");
        OpsErrors.unavailable(response, CODE, MESSAGE, RETRY_AFTER);
    }

    @Override
    public void start() {
        open = true;
    }

    @Override
    public void stop() {
        if (open) {
            open = false;
            log.info("Shutting down: new requests are refused, those in flight finish");
        }
    }

    @Override
    public boolean isRunning() {
        return open;
    }

    /** Only a real stop closes the gate: a test context paused between test classes keeps serving. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** Just before the web server's graceful shutdown, and before the live sockets are told to go. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 2;
    }
}
