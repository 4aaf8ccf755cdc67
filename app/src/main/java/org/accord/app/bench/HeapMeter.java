package org.accord.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The peak heap use since a moment, from the peak usage the JVM records for each heap memory pool (eden, survivor,
 * old generation...). The peak is the sum of the pools' peaks, which need not have happened at the same time, so it
 * is an upper bound; it includes garbage not yet collected.
 *
 * <pre>{@code
 * HeapMeter heap = new HeapMeter();
 * heap.reset();
 * work();
 * long peak = heap.peakBytes();
 * }</pre>
 */
public final class HeapMeter {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    /** Collects garbage, so the measure starts from the live heap, then starts the peaks afresh. */
    public void reset() {
        System.gc();
        pools.stream().filter(MemoryPoolMXBean::isValid).forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Collects garbage, then tells the heap in use: the live objects, in bytes. */
    public long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' peak use since the last {@link #reset()} (or since the JVM started), in bytes. */
    public long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage usage = pool.isValid() ? pool.getPeakUsage() : null;
            peak += usage == null ? 0 : usage.getUsed();
        }
        return peak;
    }
}
