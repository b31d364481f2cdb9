package dev.newsbatch.store;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.Extraction;
import java.util.List;

/**
 * What the cleaner made of a stored raw page: the unit the clean step writes. It keeps what the rows need of the page,
 * not its bytes, so a chunk waiting to be written does not hold its pages' bodies.
 *
 * @param rawPageId    {@code raw_page.id}
 * @param url          the URL the page was finally read from, or null
 * @param originRef    where it came from (file path, WARC record), or null
 * @param article      the article with its derived values, or null when the page was rejected
 * @param storedCopies the article's copies among the stored articles when it was cleaned (see
 *                     {@link ArticleStore#withStoredCopies}); empty when not looked up
 */
public record CleanedPage(long rawPageId, String url, String originRef, Extraction result, StorableArticle article,
        List<StoredCopy> storedCopies) {

    /** Derives the article's stored values here, on the cleaning thread. */
    public static CleanedPage of(StoredPage source, Extraction result) {
        return new CleanedPage(source.id(), source.page().effectiveUrl(), source.page().originRef(), result,
                result instanceof Article article ? StorableArticle.of(article, source.page().site()) : null,
                List.of());
    }

    CleanedPage withStoredCopies(List<StoredCopy> copies) {
        return new CleanedPage(rawPageId, url, originRef, result, article, copies);
    }
}
