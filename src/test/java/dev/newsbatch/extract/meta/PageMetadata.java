package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import java.time.Instant;
import org.jsoup.Jsoup;

/** What the metadata reader makes of a page served at a URL, read on a fixed day: the tests' common first step. */
final class PageMetadata {

    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private PageMetadata() {
    }

    static ArticleDraft read(String html, String url) {
        ArticleDraft draft = new ArticleDraft().url(url);
        new HtmlMetadataReader().read(Jsoup.parse(html, url), draft, ExtractionSettings.defaults(), NOW);
        return draft;
    }
}
