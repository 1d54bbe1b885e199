package org.lambeth.livingwell.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs analyses on a small pool of their own with a time limit: a request waits at most the limit, then gets an
 * error naming it; the pool bounds how much CPU runaway analyses can take. Threads have a large stack for the
 * depth-first searches of big networks. Each run is timed in {@code livingwell.analysis.duration} (tags: the
 * analysis, and its outcome: success, timeLimit or error), and runs with the caller's logging MDC (its request id).
 */
@Component
class AnalysisRunner implements DisposableBean {

    static final String DURATION = "livingwell.analysis.duration";
    private static final Logger log = LoggerFactory.getLogger(AnalysisRunner.class);
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final AnalysisProperties properties;
    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            task -> {
                var thread = new Thread(null, task, "network-analysis", STACK_BYTES);
                thread.setDaemon(true);
                return thread;
            });

    private final MeterRegistry meters;

    AnalysisRunner(AnalysisProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /** Runs {@code analysis} (named for its timer: networkStrength, whatIf, keyConnectors...) within the time limit. */
    <T> T run(String name, Supplier<T> analysis) {
        var started = System.nanoTime();
        var outcome = "error";
        try {
            var result = runLimited(name, analysis);
            outcome = "success";
            return result;
        } catch (AnalysisLimitException e) {
            outcome = e.limit();
            throw e;
        } finally {
            Timer.builder(DURATION).description("Network analyses, from the request to the answer")
                    .tag("analysis", name).tag("outcome", outcome).register(meters)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private <T> T runLimited(String name, Supplier<T> analysis) {
        var context = MDC.getCopyOfContextMap();
        var future = CompletableFuture.supplyAsync(() -> {
            var previous = MDC.getCopyOfContextMap();
            if (context != null) {
                MDC.setContextMap(context);
            } else {
                MDC.clear();
            }
            var started = System.nanoTime();
            try {
                return analysis.get();
            } finally {
                log.debug("Analysis {} ran for {} ms", name, (System.nanoTime() - started) / 1_000_000);
                if (previous == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(previous);
                }
            }
        }, pool);
        try {
            return future.get(properties.timeLimitSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AnalysisLimitException("timeLimitSeconds", "the analysis took longer than its time limit of "
                    + properties.timeLimitSeconds() + " s (livingwell.analysis.time-limit-seconds)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an analysis", e);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
