package dev.newsbatch.store;

import dev.newsbatch.dedupe.TextFingerprint;
import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.TextNormalizer;
import dev.newsbatch.page.RawPage;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article with the values its row derives from the text: computed once, by the thread that cleaned the page, so the
 * writer (one thread, holding the chunk's transaction) only binds them.
 *
 * @param storyKey    one row per story: the canonical URL, else the URL, else the hash of the text
 * @param fingerprint what copies of the story are found by (see {@link DuplicateLinker})
 * @param rowHash     what tells a changed story from one read again as it was (see {@link #rowHash})
 */
public record StorableArticle(Article article, String site, String bodyText, int wordCount, String contentHash,
        String storyKey, TextFingerprint fingerprint, String rowHash) {

    public static StorableArticle of(Article article, String site) {
        String bodyText = article.bodyText();
        String contentHash = RawPage.sha256Hex(bodyText);
        return new StorableArticle(article, site, bodyText, TextNormalizer.wordCount(bodyText), contentHash,
                storyKey(article, contentHash), TextFingerprint.of(article.paragraphs()), rowHash(article, site));
    }

    private static String storyKey(Article article, String contentHash) {
        if (article.canonicalUrl() != null) {
            return article.canonicalUrl();
        }
        return article.url() != null ? article.url() : "sha256:" + contentHash;
    }

    /**
     * SHA-256 of everything the cleaner made of the page but the URL it was read from (a story's copies under other
     * URLs are the same story), with the extractor version and site. Records print their components in order; the
     * metadata sources are sorted, since an immutable map's order changes from one JVM to the next.
     */
    static String rowHash(Article a, String site) {
        Article content = new Article(null, a.canonicalUrl(), a.title(), a.authors(), a.byline(), a.agency(),
                a.dateline(), a.published(), a.modified(), a.language(), a.description(), a.section(), a.siteName(),
                a.images(), a.paragraphs(), a.bodyHtml(), Map.of());
        return RawPage.sha256Hex(Article.EXTRACTOR_VERSION + '\u0000' + site + '\u0000' + content + '\u0000'
                + new TreeMap<>(a.metadataSources()));
    }
}
