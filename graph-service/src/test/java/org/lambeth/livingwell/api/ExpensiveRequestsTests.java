package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Each client's count of expensive operations running. */
class ExpensiveRequestsTests {

    @Test
    void aClientMayRunUpToItsLimitAndAnotherClientIsCountedApart() {
        var expensive = new ExpensiveRequests(2);
        assertThat(expensive.tryStart("api-key:a")).isTrue();
        assertThat(expensive.tryStart("api-key:a")).isTrue();
        assertThat(expensive.tryStart("api-key:a")).isFalse();
        assertThat(expensive.running("api-key:a")).isEqualTo(2);
        assertThat(expensive.tryStart("ip:10.0.0.9")).isTrue();

        expensive.finish("api-key:a");
        assertThat(expensive.tryStart("api-key:a")).isTrue();
        expensive.finish("api-key:a");
        expensive.finish("api-key:a");
        assertThat(expensive.running("api-key:a")).isZero();
        // a finish with nothing running does not give the client a spare place
        expensive.finish("api-key:a");
        assertThat(expensive.tryStart("api-key:a")).isTrue();
        assertThat(expensive.tryStart("api-key:a")).isTrue();
        assertThat(expensive.tryStart("api-key:a")).isFalse();
    }

    @Test
    void underContentionNoClientEverRunsMoreThanItsLimit() throws Exception {
        var expensive = new ExpensiveRequests(2);
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int thread = 0; thread < 8; thread++) {
                pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 5_000; i++) {
                        if (expensive.tryStart("ip:127.0.0.1")) {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            running.decrementAndGet();
                            expensive.finish("ip:127.0.0.1");
                        }
                    }
                    return null;
                });
            }
            go.countDown();
        }
        assertThat(most.get()).isBetween(1, 2);
        assertThat(expensive.running("ip:127.0.0.1")).isZero();
    }
}
