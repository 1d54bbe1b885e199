package org.lambeth.livingwell.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs analyses on a small pool of their own with a time limit: a request waits at most the limit, then gets an
 * error naming it; the pool bounds how much CPU runaway analyses can take. Threads have a large stack for the
 * depth-first searches of big networks.
 */
@Component
class AnalysisRunner implements DisposableBean {

    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final AnalysisProperties properties;
    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            task -> {
                var thread = new Thread(null, task, "network-analysis", STACK_BYTES);
                thread.setDaemon(true);
                return thread;
            });

    AnalysisRunner(AnalysisProperties properties) {
        this.properties = properties;
    }

    <T> T run(Supplier<T> analysis) {
        var future = CompletableFuture.supplyAsync(analysis, pool);
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
