package org.lambeth.livingwell.analysis.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A poor man's profiler for one thread: samples its stack every 20 ms and counts where it is, so that a slow step
 * can be split into its parts without changing the code under test. A sample is named by the innermost frame of
 * the application's own code ({@code org.lambeth.livingwell}, not this benchmark) with its line, and the library
 * method it was calling (e.g. {@code IndependentPaths.splitNetwork:74 > AbstractBaseGraph.addEdge}). Samples land on
 * safepoints, so the split is approximate; it is exact enough to tell building a graph from running a flow.
 */
final class StackSampler implements AutoCloseable {

    private static final String OWN = "org.lambeth.livingwell.";
    private static final String BENCH = "org.lambeth.livingwell.analysis.bench.";

    private final Thread target;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    StackSampler(Thread target) {
        this.target = target;
        sampler = Thread.ofPlatform().daemon().name("bench-stack-sampler").start(this::run);
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            var stack = target.getStackTrace();
            if (stack.length > 0) {
                synchronized (this) {
                    counts.merge(name(stack), 1, Integer::sum);
                    samples++;
                }
            }
        }
    }

    private static String name(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            var frame = stack[i];
            if (frame.getClassName().startsWith(OWN) && !frame.getClassName().startsWith(BENCH)) {
                var own = simple(frame) + ":" + frame.getLineNumber();
                if (i == 0) {
                    return own;
                }
                // the outermost library call made from our frame, and what is running at the top
                return own + " > " + simple(stack[i - 1])
                        + (i > 1 ? " ... " + simple(stack[0]) : "");
            }
        }
        return "(outside the application: " + simple(stack[0]) + ")";
    }

    private static String simple(StackTraceElement frame) {
        var className = frame.getClassName();
        var simple = className.substring(className.lastIndexOf('.') + 1);
        return simple + "." + frame.getMethodName();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The {@code top} most frequent places, as "percent place" lines. */
    synchronized List<String> hotSpots(int top) {
        var lines = new ArrayList<String>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%5.1f%%  %s", 100.0 * e.getValue() / samples,
                        e.getKey())));
        return lines;
    }

    synchronized int samples() {
        return samples;
    }
}
