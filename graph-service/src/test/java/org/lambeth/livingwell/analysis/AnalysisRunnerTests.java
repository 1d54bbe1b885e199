package org.lambeth.livingwell.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisRunnerTests {

    private static AnalysisProperties limit(int seconds) {
        return new AnalysisProperties(seconds, 1000, 20000, 500);
    }

    @Test
    void anAnalysisOverItsTimeLimitIsAnErrorNamingTheLimitAndTheRequestIsFreed() {
        var runner = new AnalysisRunner(limit(1));
        long started = System.nanoTime();
        assertThatThrownBy(() -> runner.run(() -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        })).isInstanceOf(AnalysisLimitException.class).hasMessageContaining("time limit of 1 s");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        runner.destroy();
    }

    @Test
    void failuresInsideTheAnalysisReachTheCallerAsThemselves() {
        var runner = new AnalysisRunner(limit(5));
        assertThatThrownBy(() -> runner.run(() -> {
            throw new IllegalArgumentException("bad graph");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad graph");
        assertThat(runner.run(() -> 42)).isEqualTo(42);
        runner.destroy();
    }
}
