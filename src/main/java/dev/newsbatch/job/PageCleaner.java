package dev.newsbatch.job;

import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.Rejected;
import dev.newsbatch.store.CleanedPage;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.store.StoredPage;

/**
 * Loads a stored page by id and runs the cleaner on it, on one of the cleaning threads (see {@link CleaningReader}),
 * several at once as far as {@link CleaningMemory} lets. Never fails on a page: one the extractor cannot handle becomes
 * a rejection with the error as its detail, so one bad page cannot stop a run and is not lost.
 */
final class PageCleaner {

    /** Reason code of a page on which the extractor itself failed: a bug to fix, never the page's fault. */
    static final String EXTRACTOR_ERROR = "extractor_error";

    private final RawPageStore rawPages;
    private final ArticleExtractor extractor;
    private final SiteDefinitions sites;
    private final CleaningMemory memory;

    PageCleaner(RawPageStore rawPages, ArticleExtractor extractor, SiteDefinitions sites, CleaningMemory memory) {
        this.rawPages = rawPages;
        this.extractor = extractor;
        this.sites = sites;
        this.memory = memory;
    }

    /** The page cleaned, or null when it was deleted since its id was read: nothing left to clean. */
    CleanedPage clean(PageToClean page) throws InterruptedException {
        memory.acquire(page.bodyBytes());
        try {
            return clean(page.id());
        } finally {
            memory.release(page.bodyBytes());
        }
    }

    private CleanedPage clean(long rawPageId) {
        StoredPage stored = rawPages.load(rawPageId);
        if (stored == null) {
            return null;
        }
        Extraction result;
        try {
            result = extractor.extract(stored.page(), sites.settingsFor(stored.page().site(), stored.timeZone()));
        } catch (RuntimeException | StackOverflowError e) {
            result = new Rejected(EXTRACTOR_ERROR, e.toString());
        }
        return CleanedPage.of(stored, result);
    }
}
