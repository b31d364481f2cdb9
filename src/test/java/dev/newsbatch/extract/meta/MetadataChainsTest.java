package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.Signal;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** One behaviour of each fallback chain, on the smallest page that shows it. */
class MetadataChainsTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private ArticleDraft read(String url, String html) {
        ArticleDraft draft = new ArticleDraft().url(url);
        reader.read(Jsoup.parse(html, url == null ? "" : url), draft, ExtractionSettings.defaults(), NOW);
        return draft;
    }

    @Test
    void titleTagLosesItsSiteNameWhenNothingElseNamesTheStory() {
        ArticleDraft d = read("https://www.example-times.com/x",
                "<title>Heatwave closes schools across the region - Example Times</title>"
                        + "<meta property='og:site_name' content='Example Times'><body><p>x</p>");
        assertEquals("Heatwave closes schools across the region", d.title());
        assertEquals(Signal.TITLE_TAG, d.build().metadataSources().get("title"));
    }

    @Test
    void anH1ThatIsOnlyTheSiteNameIsNotTheHeadline() {
        ArticleDraft d = read("https://blog.example/post",
                "<title>Why sourdough needs time – Crumb Notes</title><body><h1>Crumb Notes</h1>"
                        + "<h2>Why sourdough needs time</h2><p>x</p>");
        assertEquals("Why sourdough needs time", d.title());
    }

    @Test
    void ogTitleIsUsedWhenNoHeadingAgrees() {
        ArticleDraft d = read("https://example.org/a",
                "<meta property='og:title' content='Port strike ends after nine days'>"
                        + "<title>News</title><body><h1>Latest</h1><h1>Weather</h1>");
        assertEquals("Port strike ends after nine days", d.title());
        assertEquals(Signal.OPEN_GRAPH, d.build().metadataSources().get("title"));
    }

    @Test
    void visibleBylineWinsWhenJsonLdNamesOnlyAUserName() {
        ArticleDraft d = read("https://example.org/a",
                "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"author\":{\"name\":\"jdoe\"}}</script>"
                        + "<body><h1>Title of the story</h1><span class='byline'>By Jane Doe</span><p>x</p>");
        assertEquals(java.util.List.of("Jane Doe"), d.authors());
        assertEquals(Signal.VISIBLE_BYLINE, d.build().metadataSources().get("authors"));
    }

    @Test
    void jsonLdOrganizationAuthorIsNotAPersonAndGivesWayToTheByline() {
        ArticleDraft d = read("https://news.example/a",
                "<meta property='og:site_name' content='Example News'>"
                        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                        + "{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>"
                        + "<body><h1>Story</h1><div class='author-name'>Tom Baker</div>");
        assertEquals(java.util.List.of("Tom Baker"), d.authors());
    }

    @Test
    void metaTagPerAuthorGivesAllOfThem() {
        ArticleDraft d = read("https://news.example/a",
                "<meta name='parsely-author' content='Ann Lee'><meta name='parsely-author' content='Bo Chen'>");
        assertEquals(java.util.List.of("Ann Lee", "Bo Chen"), d.authors());
    }

    @Test
    void utcTimestampOnTheDayAfterTheUrlDateKeepsThePublishersDay() {
        ArticleDraft d = read("https://news.example/2023/11/08/story/",
                "<meta property='article:published_time' content='2023-11-09T01:49:09Z'>");
        assertEquals("2023-11-08", d.published().iso());
    }

    @Test
    void aModifiedTimeBeforeThePublicationIsDropped() {
        ArticleDraft d = read("https://news.example/a",
                "<meta property='article:published_time' content='2020-03-05T10:00:00+01:00'>"
                        + "<meta property='article:modified_time' content='2020-03-01T10:00:00+01:00'>");
        assertEquals("2020-03-05T10:00:00+01:00", d.published().iso());
        assertNull(d.modified());
    }

    @Test
    void datesInTheFutureAreRefused() {
        ArticleDraft d = read("https://news.example/a", "<meta name='date' content='2031-01-01'>");
        assertNull(d.published());
    }

    @Test
    void languageComesFromTheMarkupThenTheText() {
        assertEquals("pt", read(null, "<html lang='pt-BR'><body>x").language());
        assertEquals("de", read(null, "<meta property='og:locale' content='de_DE'>").language());
        String german = "Die Stadt hat sich mit dem Land auf eine neue Regel geeinigt, die auch für die Schulen "
                + "gilt. Das ist nicht das erste Mal, dass sich die beiden auf eine Lösung einigen, die mit der "
                + "Zeit auch für andere Städte ein Vorbild sein soll.";
        ArticleDraft d = read(null, "<body><p>" + german + "</p>");
        assertEquals("de", d.language());
        assertEquals(Signal.DETECTED, d.build().metadataSources().get("language"));
    }
}
