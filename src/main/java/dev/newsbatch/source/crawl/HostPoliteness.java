package dev.newsbatch.source.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Spaces requests to one host by the site's politeness delay, whichever crawler thread makes them. crawler4j's own
 * delay is one pause shared by every host, which slows a many-host crawl for nothing; this one is per host, so other
 * hosts' requests go ahead while one host rests. Thread-safe: each caller reserves the next free slot of its host
 * atomically, then sleeps until it.
 */
final class HostPoliteness {

    private final long delayNanos;
    private final Map<String, Long> nextFreeSlot = new ConcurrentHashMap<>();

    HostPoliteness(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits until this host may be asked again, and takes that turn. */
    void awaitTurn(String host) throws InterruptedException {
        if (delayNanos <= 0 || host == null) {
            return;
        }
        long now = System.nanoTime();
        long[] mine = new long[1];
        nextFreeSlot.compute(host, (h, next) -> {
            long slot = next == null ? now : Math.max(next, now);
            mine[0] = slot;
            return slot + delayNanos;
        });
        long wait = mine[0] - now;
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
