package dev.newsbatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The front door's own rules: what it refuses before extraction, and what it completes after. */
class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String DUMP = """
            Ferry service resumes after storm
            GENEVA, Feb. 20 (Xinhua) -- Ferries on the lake ran again on Tuesday after two days in which the storm kept every boat in harbour, the operator said.
            Passengers queued from early morning, and extra boats were added to the timetable for the rest of the week so that commuters & tourists could cross.
            """;

    private static RawPage dump(String text) {
        return RawPage.ofFile(Origin.TEXT, "dump.txt", null, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorStatusIsRejectedWithItsCode() {
        RawPage page = new RawPage("https://example.com/gone", null, Origin.CRAWL, "https://example.com/gone", null,
                Instant.now(), 404, "text/html", Map.of(), "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(extractor.extract(page, ExtractionSettings.defaults())).isEqualTo(Rejected.httpStatus(404));
    }

    @Test
    void aTextDumpTakesTheJobsLanguageAndGetsMinimalHtml() {
        ExtractionSettings settings = new ExtractionSettings(null, "en", List.of(), null, ExtractionSettings.DEFAULT_MAX_BYTES);
        Article article = (Article) extractor.extract(dump(DUMP), settings);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.metadataSources()).containsEntry("language", Signal.JOB_DEFINITION);
        assertThat(article.bodyHtml()).startsWith("<p>Ferries on the lake ran again").contains("commuters &amp; tourists")
                .doesNotContain("GENEVA");
    }

    @Test
    void aPageOfLinksIsNotAnArticle() {
        String html = "<html><body><ul>" + "<li><a href='/a'>Port handles record tonnage</a></li>".repeat(12)
                + "</ul></body></html>";
        RawPage page = RawPage.ofFile(Origin.FILE, "index.html", null, html.getBytes(StandardCharsets.UTF_8));
        assertThat(extractor.extract(page, ExtractionSettings.defaults()))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejected.NOT_ARTICLE));
    }

    @Test
    void aStoryLongerThanAStoryCanBeIsRejectedAsTooLargeAndOneJustShorterIsKept() {
        RawPage kept = RawPage.ofFile(Origin.FILE, "long.html", null, storyOf(ArticleExtractor.MAX_STORY_CHARS - 1000));
        RawPage tooLong = RawPage.ofFile(Origin.FILE, "longer.html", null, storyOf(ArticleExtractor.MAX_STORY_CHARS + 1000));

        assertThat(extractor.extract(kept, ExtractionSettings.defaults())).isInstanceOf(Article.class);
        assertThat(extractor.extract(tooLong, ExtractionSettings.defaults()))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(Rejected.TOO_LARGE);
                    assertThat(r.detail()).contains("characters of text", "limit of " + ArticleExtractor.MAX_STORY_CHARS);
                });
    }

    /** A story of distinct paragraphs with about this many characters of text. */
    private static byte[] storyOf(int chars) {
        StringBuilder html = new StringBuilder("<html><head><title>The long story</title></head><body><article>"
                + "<h1>The long story</h1>");
        for (int p = 0, text = 0; text < chars; p++) {
            String paragraph = "At meeting " + p + " the council discussed the bridge, the ferry timetable and the "
                    + "cycle lanes, and residents asked for more buses in the winter.";
            html.append("<p>").append(paragraph).append("</p>\n");
            text += paragraph.length();
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void chineseTextCountsItsCharactersAsWords() {
        assertThat(TextNormalizer.wordCount("上海市政府周二宣布")).isEqualTo(9);
        assertThat(TextNormalizer.wordCount("Ferry service, 2 days")).isEqualTo(4);
    }
}
