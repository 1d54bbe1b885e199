package org.lambeth.livingwell.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap figures over one phase of the benchmark, three ways: the sum of the heap pools' peak usage (what
 * {@link MemoryPoolMXBean#getPeakUsage()} reports; each pool peaks at its own moment, so the sum is an upper bound and
 * can exceed -Xmx), the largest total heap in use seen by sampling every 50 ms (live objects and garbage not yet
 * collected), and the largest heap in use right after a garbage collection (closest to what the phase needs).
 */
public final class HeapWatch implements AutoCloseable {

    /** The figures of a phase, in bytes; GC time in milliseconds. */
    public record Figures(long poolPeakSum, long sampledMax, long maxAfterGc, long gcMillis, long gcCount) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "peak heap %s (sum of heap pools' peaks), %s (largest in use, sampled), %s (largest after a GC); "
                            + "GC %,d ms in %,d collections",
                    BenchReport.mib(poolPeakSum), BenchReport.mib(sampledMax),
                    gcCount == 0 ? "n/a" : BenchReport.mib(maxAfterGc), gcMillis, gcCount);
        }
    }

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private final AtomicLong sampledMax = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final long gcMillisAtStart = gcMillis();
    private final long gcCountAtStart = gcCount();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        sampler = Thread.ofPlatform().daemon().name("bench-heap-sampler").start(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                sampledMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public static HeapWatch start() {
        return new HeapWatch();
    }

    private void onGc(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        maxAfterGc.accumulateAndGet(after, Math::max);
    }

    /** The figures so far (the watch keeps running). */
    public Figures figures() {
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Figures(poolPeaks, sampledMax.get(), maxAfterGc.get(), gcMillis() - gcMillisAtStart,
                gcCount() - gcCountAtStart);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // not registered on this one
            }
        }
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }
}
