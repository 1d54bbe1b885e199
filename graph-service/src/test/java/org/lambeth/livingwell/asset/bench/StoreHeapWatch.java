package org.lambeth.livingwell.asset.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap over a phase, two ways: the largest heap in use seen by sampling every 50 ms (live objects and garbage
 * not yet collected; Neo4j runs in the same JVM, so its share is in it), and the sum of the heap pools' peaks (an
 * upper bound: each pool peaks at its own moment). Also GC time over the phase.
 */
final class StoreHeapWatch implements AutoCloseable {

    private final AtomicLong sampledMax = new AtomicLong();
    private final long gcMillisAtStart = gcMillis();
    private final Thread sampler;
    private volatile boolean running = true;

    StoreHeapWatch() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = Thread.ofPlatform().daemon().name("store-heap-sampler").start(() -> {
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

    long sampledMaxBytes() {
        return sampledMax.get();
    }

    String figures() {
        long poolPeaks = heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "peak heap %s (largest in use, sampled every 50 ms), %s (sum of heap pools' "
                + "peaks); max heap %s; GC %,d ms", mib(sampledMax.get()), mib(poolPeaks),
                mib(Runtime.getRuntime().maxMemory()), gcMillis() - gcMillisAtStart);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }
}
