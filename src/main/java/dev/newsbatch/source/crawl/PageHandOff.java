package dev.newsbatch.source.crawl;

import dev.newsbatch.page.PageRead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Passes what crawler threads read to the one thread that stores it, in batches. A crawler thread waits until its page
 * is stored (committed) before it returns to crawler4j, because crawler4j marks a URL as done in its resumable
 * frontier as soon as the thread returns: a page handed over but not yet stored when the process is killed would
 * otherwise be neither in the database nor fetched again by the resumed crawl.
 *
 * <p>Memory stays bounded without a bounded queue: each crawler thread has at most one page waiting, so the queue
 * holds at most one page per thread, plus the few failures posted without waiting while feeds and sitemaps are read.
 * Thread-safe.
 */
public final class PageHandOff {

    /** How often a waiting crawler thread checks that the hand-off has not been closed under it. */
    private static final long CLOSED_CHECK_MS = 500;

    private record Entry(PageRead read, CompletableFuture<Void> stored) {
    }

    /** Pages taken together to be stored in one transaction; say how that went with {@link #stored} or {@link #failed}. */
    public static final class Batch {
        private final List<Entry> entries;

        private Batch(List<Entry> entries) {
            this.entries = entries;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }

        public List<PageRead> reads() {
            return entries.stream().map(Entry::read).toList();
        }

        /** The batch is committed: its crawler threads may go on. */
        public void stored() {
            entries.forEach(e -> e.stored().complete(null));
        }

        /** The batch could not be stored: its crawler threads give their pages up. */
        public void failed(Throwable cause) {
            entries.forEach(e -> e.stored().completeExceptionally(cause));
        }
    }

    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    /**
     * Hands a page over and waits until it is stored.
     *
     * @return false if it could not be stored (the batch failed or the hand-off was closed)
     */
    boolean deliverAndWait(PageRead read) {
        if (closed) {
            return false;
        }
        Entry entry = new Entry(read, new CompletableFuture<>());
        queue.add(entry);
        while (true) {
            try {
                entry.stored().get(CLOSED_CHECK_MS, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                if (closed) {
                    return false;
                }
            } catch (ExecutionException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Hands something over without waiting, for callers that are not crawler threads (feed and sitemap reading). */
    void post(PageRead read) {
        queue.add(new Entry(read, new CompletableFuture<>()));
    }

    /**
     * Takes up to {@code max} waiting reads, waiting up to {@code wait} for the first.
     *
     * @return the batch, empty if nothing came
     */
    public Batch take(int max, Duration wait) throws InterruptedException {
        List<Entry> entries = new ArrayList<>();
        Entry first = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (first != null) {
            entries.add(first);
            queue.drainTo(entries, max - 1);
        }
        return new Batch(entries);
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Stops taking pages: waiting crawler threads are released, their pages not stored. */
    void close() {
        closed = true;
        List<Entry> left = new ArrayList<>();
        queue.drainTo(left);
        new Batch(left).failed(new IllegalStateException("the crawl was stopped"));
    }
}
