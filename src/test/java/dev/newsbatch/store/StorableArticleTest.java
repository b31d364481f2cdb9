package dev.newsbatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.extract.Article;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorableArticleTest {

    private static Article article(String url, String title, Map<String, String> sources) {
        return new Article(url, "https://ledger.example/bridge", title, List.of("Aileen Marsh"), "By Aileen Marsh",
                null, null, null, null, "en", null, null, "Coast Ledger", List.of(),
                List.of("The bridge reopened on Monday.", "Traffic was light."), "<p>The bridge reopened.</p>", sources);
    }

    private static Map<String, String> sources(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void theSameStoryUnderAnotherUrlHasTheSameRowHash() {
        Map<String, String> sources = sources("title", "json-ld", "authors", "byline");
        assertThat(StorableArticle.rowHash(article("https://ledger.example/a?ref=rss", "Bridge reopens", sources), "s"))
                .isEqualTo(StorableArticle.rowHash(article("https://ledger.example/bridge", "Bridge reopens", sources), "s"));
    }

    @Test
    void theOrderOfTheMetadataSourcesDoesNotChangeTheRowHash() {
        assertThat(StorableArticle.rowHash(article(null, "Bridge reopens", sources("title", "h1", "authors", "byline")), "s"))
                .isEqualTo(StorableArticle.rowHash(
                        article(null, "Bridge reopens", sources("authors", "byline", "title", "h1")), "s"));
    }

    @Test
    void anyDerivedFieldOrTheSiteChangesTheRowHash() {
        String hash = StorableArticle.rowHash(article(null, "Bridge reopens", sources("title", "h1")), "s");
        assertThat(StorableArticle.rowHash(article(null, "Bridge reopens today", sources("title", "h1")), "s"))
                .isNotEqualTo(hash);
        assertThat(StorableArticle.rowHash(article(null, "Bridge reopens", sources("title", "og")), "s"))
                .isNotEqualTo(hash);
        assertThat(StorableArticle.rowHash(article(null, "Bridge reopens", sources("title", "h1")), "other"))
                .isNotEqualTo(hash);
    }

    @Test
    void derivedValuesAreComputedFromTheBody() {
        StorableArticle stored = StorableArticle.of(article("https://ledger.example/a", "Bridge reopens", Map.of()), "s");
        assertThat(stored.bodyText()).isEqualTo("The bridge reopened on Monday.\n\nTraffic was light.");
        assertThat(stored.wordCount()).isEqualTo(8);
        assertThat(stored.storyKey()).isEqualTo("https://ledger.example/bridge");
    }
}
