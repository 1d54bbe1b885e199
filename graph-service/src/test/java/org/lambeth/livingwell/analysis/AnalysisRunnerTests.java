package org.lambeth.livingwell.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class AnalysisRunnerTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static AnalysisProperties limit(int seconds) {
        return new AnalysisProperties(seconds, 1000, 20000, 500);
    }

    @Test
    void anAnalysisOverItsTimeLimitIsAnErrorNamingTheLimitAndTheRequestIsFreed() {
        var runner = new AnalysisRunner(limit(1), meters);
        long started = System.nanoTime();
        assertThatThrownBy(() -> runner.run("slow", () -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        })).isInstanceOf(AnalysisLimitException.class).hasMessageContaining("time limit of 1 s");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        var timer = meters.get(AnalysisRunner.DURATION).tags("analysis", "slow", "outcome", "timeLimitSeconds").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(1_000);
        runner.destroy();
    }

    @Test
    void failuresInsideTheAnalysisReachTheCallerAsThemselves() {
        var runner = new AnalysisRunner(limit(5), meters);
        assertThatThrownBy(() -> runner.run("broken", () -> {
            throw new IllegalArgumentException("bad graph");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad graph");
        assertThat(runner.run("answer", () -> 42)).isEqualTo(42);
        assertThat(meters.get(AnalysisRunner.DURATION).tags("analysis", "broken", "outcome", "error").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(AnalysisRunner.DURATION).tags("analysis", "answer", "outcome", "success").timer()
                .count()).isEqualTo(1);
        runner.destroy();
    }

    @Test
    void theAnalysisRunsWithTheCallersMdcAndLeavesThePoolThreadClean() {
        var runner = new AnalysisRunner(limit(5), meters);
        MDC.put("requestId", "req-analysis-1");
        try {
            assertThat(runner.run("mdc", () -> MDC.get("requestId"))).isEqualTo("req-analysis-1");
        } finally {
            MDC.remove("requestId");
        }
        // both pool threads: neither keeps the id once its run is over
        assertThat(runner.run("mdc", () -> MDC.get("requestId"))).isNull();
        assertThat(runner.run("mdc", () -> MDC.get("requestId"))).isNull();
        runner.destroy();
    }
}
