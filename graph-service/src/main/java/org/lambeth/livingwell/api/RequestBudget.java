package org.lambeth.livingwell.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;

/**
 * One operation's running limits: its deadline, the bytes of answer built so far against the response budget, and
 * why it was stopped. Stopping cancels the operation's {@link ExecutionInput}: graphql-java then fetches and
 * completes no further field, and the answer is only the error naming the limit ({@link RequestGuard}). Fields may
 * complete on several threads (batch loads), hence the atomics.
 */
final class RequestBudget implements InstrumentationState {

    /** Sizes each completed leaf value (one shared context, so no field allocates one). */
    final InstrumentationContext<Object> leafSize = new InstrumentationContext<>() {
        @Override
        public void onDispatched() {
        }

        @Override
        public void onCompleted(Object result, Throwable t) {
            if (t == null) {
                add(ResponseBytes.of(result));
            }
        }
    };

    private final ExecutionInput input;
    private final long startedNanos = System.nanoTime();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<QueryCostInstrumentation.LimitAbort> stopped = new AtomicReference<>();
    private final AtomicReference<Runnable> onFinish = new AtomicReference<>();
    private volatile boolean armed;
    private volatile long timeLimitNanos = Long.MAX_VALUE;
    private volatile long maxBytes = Long.MAX_VALUE;

    RequestBudget(ExecutionInput input) {
        this.input = input;
    }

    /** Starts counting: a null time limit for none (mutations, subscriptions). */
    void arm(Duration timeLimit, long maxBytes) {
        this.timeLimitNanos = timeLimit == null ? Long.MAX_VALUE : timeLimit.toNanos();
        this.maxBytes = maxBytes;
        this.armed = true;
    }

    boolean armed() {
        return armed;
    }

    /** Runs once when the operation ends, however it ends. */
    void onFinish(Runnable release) {
        onFinish.set(release);
    }

    void finish() {
        var release = onFinish.getAndSet(null);
        if (release != null) {
            release.run();
        }
    }

    /** True (and the operation stopped) when its time is up or it was stopped already. */
    boolean overTime() {
        if (stopped.get() != null) {
            return true;
        }
        long elapsed = System.nanoTime() - startedNanos;
        if (elapsed <= timeLimitNanos) {
            return false;
        }
        long millis = Duration.ofNanos(elapsed).toMillis();
        long max = Duration.ofNanos(timeLimitNanos).toMillis();
        stop(new QueryCostInstrumentation.LimitAbort("timeLimit", String.format(Locale.UK,
                "The query ran for %,d ms; the time limit is %,d ms, so it was stopped: ask for less, or narrow it.",
                millis, max), millis, max).with("unit", "ms"));
        return true;
    }

    /** Counts bytes of the answer; over the budget, the operation is stopped. */
    void add(long answerBytes) {
        long total = bytes.addAndGet(answerBytes);
        if (total > maxBytes && stopped.get() == null) {
            stop(new QueryCostInstrumentation.LimitAbort("maxResponseSize", String.format(Locale.UK,
                    "The answer grew past %,d bytes; the limit is %,d bytes, so it was stopped before it was sent: "
                            + "ask for fewer fields or smaller pages.", total, maxBytes), total, maxBytes)
                    .with("unit", "bytes"));
        }
    }

    long bytes() {
        return bytes.get();
    }

    void stop(QueryCostInstrumentation.LimitAbort reason) {
        if (stopped.compareAndSet(null, reason)) {
            input.cancel();
        }
    }

    Optional<QueryCostInstrumentation.LimitAbort> stopped() {
        return Optional.ofNullable(stopped.get());
    }

    /** The answer to send: the error naming the limit when stopped, otherwise the result as it is. */
    ExecutionResult answer(ExecutionResult result) {
        var reason = stopped.get();
        return reason == null ? result : reason.toExecutionResult();
    }
}
