package dev.newsbatch.job;

import dev.newsbatch.store.CleanedPage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * The clean step's reader: the pages to clean (see {@link RawPageIdReader}), cleaned. It cleans ahead of the step on
 * the cleaning threads, up to {@code window} pages beyond the last one handed on, so the cores go on cleaning the next
 * chunk while the step's thread writes the last one. Cleaning the pages of a chunk only once the chunk was read, as a
 * processor does, left a core idle through every write: a fifth of the time of a clean on its own.
 *
 * <p>Pages are handed on in id order. The position saved at a commit is the last page handed on, not the last one read
 * ahead, so a restart cleans again what was cleaned ahead but never written. Cleaning ahead writes nothing: what is
 * looked up in the database for a page (its story's stored copies) is looked up by the step's processor, once the
 * chunks before it are committed.
 */
class CleaningReader implements ItemStreamReader<CleanedPage> {

    private final RawPageIdReader pages;
    private final Cleaner cleaner;
    private final AsyncTaskExecutor cleaningThreads;
    private final int window;
    private final Deque<Cleaning> ahead = new ArrayDeque<>();
    private boolean noMorePages;
    private long lastHandedOn;

    /** What cleans a page (see {@link PageCleaner#clean}); null when the page is gone. */
    interface Cleaner {
        CleanedPage clean(PageToClean page) throws InterruptedException;
    }

    private record Cleaning(long rawPageId, CompletableFuture<CleanedPage> page) {
    }

    CleaningReader(RawPageIdReader pages, Cleaner cleaner, AsyncTaskExecutor cleaningThreads, int window) {
        this.pages = pages;
        this.cleaner = cleaner;
        this.cleaningThreads = cleaningThreads;
        this.window = window;
    }

    @Override
    public CleanedPage read() throws Exception {
        while (true) {
            readAhead();
            if (ahead.isEmpty()) {
                return null;
            }
            Cleaning next = ahead.removeFirst();
            CleanedPage page = resultOf(next);
            lastHandedOn = next.rawPageId();
            if (page != null) {
                return page;
            }
            // deleted since its id was read: nothing to write, and not the end of the pages
        }
    }

    /** Starts cleaning the next pages until the window is full; waits for pages only when none is being cleaned. */
    private void readAhead() throws InterruptedException {
        while (ahead.size() < window && !noMorePages) {
            boolean idle = ahead.isEmpty();
            PageToClean page = idle ? pages.read() : pages.readIfStored();
            if (page == null) {
                noMorePages = idle; // read() ends only when no page is left and none will come
                return;
            }
            ahead.addLast(new Cleaning(page.id(), cleaningThreads.submitCompletable(() -> cleaner.clean(page))));
        }
    }

    private static CleanedPage resultOf(Cleaning cleaning) throws Exception {
        try {
            return cleaning.page().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void open(ExecutionContext context) {
        pages.open(context);
        lastHandedOn = RawPageIdReader.savedPosition(context);
        noMorePages = false;
    }

    @Override
    public void update(ExecutionContext context) {
        RawPageIdReader.savePosition(context, lastHandedOn);
    }

    /** Drops what was cleaned ahead and not handed on (a stopped or failed step): the restart cleans it again. */
    @Override
    public void close() {
        ahead.forEach(cleaning -> cleaning.page().cancel(true));
        ahead.clear();
        pages.close();
    }
}
