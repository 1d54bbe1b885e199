package org.lambeth.livingwell.asset.bench;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * The outcome of one timed phase of a scenario: latencies of the answered requests (microseconds, in an
 * HdrHistogram), how many requests failed (HTTP status, transport error or GraphQL {@code errors}) and the first
 * failure's message, the wall time, and the memory of the sampled processes.
 *
 * @param scenario    the scenario's name
 * @param phase       {@code concurrent} or {@code single}
 * @param clients     closed-loop clients
 * @param latencies   answered requests, microseconds
 * @param errors      failed requests
 * @param firstError  the first failure's message, or null
 * @param seconds     wall time of the phase
 * @param service     the service process's memory, or {@link LoadMemorySampler.Memory#UNKNOWN}
 * @param peer        the peer process's memory, or {@link LoadMemorySampler.Memory#UNKNOWN}
 * @param meanBytes   mean response size in bytes (answered requests)
 * @param driverCpuSeconds the load driver's own CPU time in the phase (it shares the machine's cores)
 */
record LoadReport(String scenario, String phase, int clients, Histogram latencies, long errors, String firstError,
        double seconds, LoadMemorySampler.Memory service, LoadMemorySampler.Memory peer, long meanBytes,
        double driverCpuSeconds) {

    long requests() {
        return latencies.getTotalCount();
    }

    double throughput() {
        return requests() / seconds;
    }

    double percentileMs(double percentile) {
        return requests() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMs() {
        return requests() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }

    double meanMs() {
        return requests() == 0 ? Double.NaN : latencies.getMean() / 1000.0;
    }

    /** One line, {@code key=value} pairs, for scripts (the line starts with {@code RESULT }). */
    String machineLine(String label) {
        return String.format(Locale.ROOT,
                "RESULT label=%s scenario=%s phase=%s clients=%d requests=%d errors=%d seconds=%.1f throughput=%.1f "
                        + "mean_ms=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f "
                        + "mean_bytes=%d service_rss_peak_mib=%s service_hwm_mib=%s service_cpu_s=%s "
                        + "peer_rss_peak_mib=%s peer_cpu_s=%s driver_cpu_s=%.1f",
                label, scenario, phase, clients, requests(), errors, seconds, throughput(), meanMs(), percentileMs(50),
                percentileMs(90), percentileMs(99), percentileMs(99.9), maxMs(), meanBytes,
                LoadMemorySampler.Memory.mib(service.peakRssKib()), LoadMemorySampler.Memory.mib(service.hwmKib()),
                cpu(service), LoadMemorySampler.Memory.mib(peer.peakRssKib()), cpu(peer), driverCpuSeconds);
    }

    /** The same for people. */
    String humanLine() {
        var line = new StringBuilder(String.format(Locale.ROOT,
                "%-11s %-10s %2d client(s): %,8d requests, %,d errors in %.1f s = %,.0f req/s; "
                        + "latency ms p50 %.2f  p90 %.2f  p99 %.2f  max %.2f; %,d bytes per answer",
                scenario, phase, clients, requests(), errors, seconds, throughput(), percentileMs(50),
                percentileMs(90), percentileMs(99), maxMs(), meanBytes));
        if (service.peakRssKib() >= 0) {
            line.append(String.format(Locale.ROOT, "; service RSS peak %s MiB (VmHWM %s MiB), CPU %s s",
                    LoadMemorySampler.Memory.mib(service.peakRssKib()),
                    LoadMemorySampler.Memory.mib(service.hwmKib()), cpu(service)));
        }
        if (peer.peakRssKib() >= 0) {
            line.append(String.format(Locale.ROOT, "; peer RSS peak %s MiB, CPU %s s",
                    LoadMemorySampler.Memory.mib(peer.peakRssKib()), cpu(peer)));
        }
        line.append(String.format(Locale.ROOT, "; driver CPU %.1f s", driverCpuSeconds));
        if (!service.cpuByThread().isEmpty()) {
            line.append(System.lineSeparator()).append("            service CPU by thread: ")
                    .append(service.topThreads(7));
        }
        if (!peer.cpuByThread().isEmpty()) {
            line.append(System.lineSeparator()).append("            peer CPU by thread: ").append(peer.topThreads(4));
        }
        if (firstError != null) {
            line.append(System.lineSeparator()).append("            first error: ").append(firstError);
        }
        return line.toString();
    }

    private static String cpu(LoadMemorySampler.Memory memory) {
        return memory.cpuSeconds() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", memory.cpuSeconds());
    }
}
