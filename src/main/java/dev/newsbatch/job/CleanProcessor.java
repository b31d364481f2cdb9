package dev.newsbatch.job;

import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.Rejected;
import dev.newsbatch.store.ArticleStore;
import dev.newsbatch.store.CleanedPage;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.store.StoredPage;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Loads a stored page by id, runs the cleaner on it and looks up its article's stored copies, on one of the step's
 * cleaning threads (several at once, while the writer's thread waits for them, and as many as {@link CleaningMemory}
 * lets). Never fails the step: a page the extractor cannot handle becomes a rejection with the error as its detail, so
 * one bad page cannot stop a run and is not lost.
 */
final class CleanProcessor implements ItemProcessor<PageToClean, CleanedPage> {

    /** Reason code of a page on which the extractor itself failed: a bug to fix, never the page's fault. */
    static final String EXTRACTOR_ERROR = "extractor_error";

    private final RawPageStore rawPages;
    private final ArticleExtractor extractor;
    private final SiteDefinitions sites;
    private final ArticleStore articles;
    private final CleaningMemory memory;

    CleanProcessor(RawPageStore rawPages, ArticleExtractor extractor, SiteDefinitions sites, ArticleStore articles,
            CleaningMemory memory) {
        this.rawPages = rawPages;
        this.articles = articles;
        this.extractor = extractor;
        this.sites = sites;
        this.memory = memory;
    }

    @Override
    public CleanedPage process(PageToClean page) throws InterruptedException {
        memory.acquire(page.bodyBytes());
        CleanedPage cleaned;
        try {
            cleaned = clean(page.id());
        } finally {
            memory.release(page.bodyBytes());
        }
        return cleaned == null ? null : articles.withStoredCopies(cleaned);
    }

    private CleanedPage clean(long rawPageId) {
        StoredPage stored = rawPages.load(rawPageId);
        if (stored == null) {
            return null; // deleted since the chunk was read: nothing left to clean
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
