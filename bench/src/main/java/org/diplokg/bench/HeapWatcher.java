package org.diplokg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while it is open: samples the heap in use every few milliseconds, hears every
 * garbage collection to learn how much was still in use after it, and adds up the time collections
 * took. With a large heap limit G1 lets old garbage stay, so "after a collection" overstates the live
 * set; the heap check (a run under a small {@code -Xmx}) is what shows whether a limit is enough.
 */
final class HeapWatcher implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 20;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Thread sampler;
    private final long gcMillisAtStart;
    private volatile boolean running = true;

    private HeapWatcher() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        gcMillisAtStart = gcMillis();
        sampler = new Thread(this::sample, "diplokg-heap-watcher");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatcher start() {
        return new HeapWatcher();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0, before = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) after += e.getValue().getUsed();
        }
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) before += e.getValue().getUsed();
        }
        peakAfterGc.accumulateAndGet(after, Math::max);
        peakUsed.accumulateAndGet(before, Math::max);
    }

    /** The most heap in use at any moment seen, garbage included. */
    long peakUsedBytes() { return peakUsed.get(); }

    /** The most heap still in use right after a collection (0 when none ran). */
    long peakAfterGcBytes() { return peakAfterGc.get(); }

    /** Seconds spent collecting garbage since the watcher started (pauses and concurrent work the JVM counts). */
    double gcSeconds() { return (gcMillis() - gcMillisAtStart) / 1000.0; }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }

    Figures.Heap figures() {
        return new Figures.Heap(peakUsedBytes(), peakAfterGcBytes(), Runtime.getRuntime().maxMemory(), gcSeconds());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
