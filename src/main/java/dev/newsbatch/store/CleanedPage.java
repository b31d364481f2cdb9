package dev.newsbatch.store;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.Extraction;

/**
 * A stored raw page and what the cleaner made of it: the unit the clean step writes.
 *
 * @param article the article with its derived values, or null when the page was rejected
 */
public record CleanedPage(StoredPage source, Extraction result, StorableArticle article) {

    /** Derives the article's stored values here, on the cleaning thread. */
    public static CleanedPage of(StoredPage source, Extraction result) {
        return new CleanedPage(source, result,
                result instanceof Article article ? StorableArticle.of(article, source.page().site()) : null);
    }
}
