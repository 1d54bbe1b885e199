package org.lambeth.livingwell.asset.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples another process's resident memory from {@code /proc/<pid>/status} every 200 ms on a daemon thread:
 * the largest {@code VmRSS} seen while it runs, and the kernel's own high-water mark {@code VmHWM} (the peak over
 * the process's whole life, start-up included). Also the process's CPU time from {@code /proc/<pid>/stat}, so a
 * run can report how many cores the service used, and that CPU time by thread name (numbers folded, e.g.
 * {@code neo4j.BoltWorke}, {@code http-nio-N-}, {@code C2 CompilerThre}; Linux keeps 15 characters of a name), to
 * show where it went: request threads, the embedded database's Bolt workers, the JIT, the GC.
 */
final class LoadMemorySampler implements AutoCloseable {

    /**
     * Memory figures in KiB (−1 when unknown), CPU seconds used since the start, and those seconds by thread name,
     * largest first.
     */
    record Memory(long peakRssKib, long hwmKib, long lastRssKib, double cpuSeconds, Map<String, Double> cpuByThread) {

        static final Memory UNKNOWN = new Memory(-1, -1, -1, -1, Map.of());

        /** The largest thread groups, e.g. {@code neo4j.BoltWorke 5.9 s, http-nio-N- 5.9 s}. */
        String topThreads(int n) {
            var text = new StringBuilder();
            cpuByThread.entrySet().stream().limit(n).forEach(e -> text.append(text.isEmpty() ? "" : ", ")
                    .append(e.getKey()).append(String.format(Locale.ROOT, " %.1f s", e.getValue())));
            return text.toString();
        }

        static String mib(long kib) {
            return kib < 0 ? "n/a" : String.valueOf(Math.round(kib / 1024.0));
        }
    }

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final long pid;
    private final AtomicLong peakRss = new AtomicLong(-1);
    private final AtomicLong lastRss = new AtomicLong(-1);
    private final AtomicLong hwm = new AtomicLong(-1);
    private final long cpuTicksAtStart;
    private final Map<Long, Long> threadTicksAtStart;
    private final Thread thread;
    private volatile boolean running = true;

    private LoadMemorySampler(long pid) {
        this.pid = pid;
        this.cpuTicksAtStart = cpuTicks();
        this.threadTicksAtStart = threadTicks(new HashMap<>());
        sample();
        this.thread = Thread.ofPlatform().daemon().name("rss-sampler-" + pid).start(this::loop);
    }

    /** Starts sampling; null when no pid is given. */
    static LoadMemorySampler start(Long pid) {
        return pid == null ? null : new LoadMemorySampler(pid);
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kib = kib(line);
                    lastRss.set(kib);
                    peakRss.accumulateAndGet(kib, Math::max);
                } else if (line.startsWith("VmHWM:")) {
                    hwm.set(kib(line));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone or unreadable: keep what was seen
        }
    }

    private static long kib(String line) {
        // "VmRSS:	  123456 kB"
        var parts = line.substring(line.indexOf(':') + 1).strip().split("\\s+");
        return Long.parseLong(parts[0]);
    }

    private long cpuTicks() {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name (which may hold spaces) in parentheses; utime and stime are 14 and 15
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The figures so far (the sampler keeps running). */
    Memory snapshot() {
        sample();
        long ticks = cpuTicks();
        double cpu = ticks < 0 || cpuTicksAtStart < 0 ? -1 : (ticks - cpuTicksAtStart) / (double) TICKS_PER_SECOND;
        var names = new HashMap<Long, String>();
        var now = threadTicks(names);
        var byName = new HashMap<String, Long>();
        now.forEach((tid, t) -> byName.merge(names.get(tid), t - threadTicksAtStart.getOrDefault(tid, 0L), Long::sum));
        var sorted = new LinkedHashMap<String, Double>();
        byName.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue() / (double) TICKS_PER_SECOND));
        return new Memory(peakRss.get(), hwm.get(), lastRss.get(), cpu, sorted);
    }

    /** CPU ticks of each live thread by thread id; their names (digits folded) into {@code names}. */
    private Map<Long, Long> threadTicks(Map<Long, String> names) {
        var ticks = new HashMap<Long, Long>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (var task : tasks) {
                try {
                    var stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    var fields = stat.substring(close + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    ticks.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    names.put(tid, stat.substring(open + 1, close).replaceAll("(?<![A-Za-z])[0-9]+", "N"));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return ticks;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
