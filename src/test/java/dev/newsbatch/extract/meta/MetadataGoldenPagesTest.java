package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.PublishedTime;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pages for the metadata chains: {@code golden/meta-<case>/page.html} and {@code expected.properties}. Each key
 * of the expectation is checked ({@code field} for the value, {@code field.signal} for the signal that must win,
 * an empty value for "must be absent"); keys not given are not checked. {@code url} and {@code zone} set up the
 * page and the job.
 */
class MetadataGoldenPagesTest {

    /** Pages are read as of this instant, so no date on them is "in the future" and results never drift. */
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    static Stream<Path> pages() throws IOException, URISyntaxException {
        Path golden = Path.of(MetadataGoldenPagesTest.class.getResource("/golden").toURI());
        try (Stream<Path> dirs = Files.list(golden)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("meta-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void matchesExpectation(Path dir) throws IOException {
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        String url = expected.getProperty("url");
        String zone = expected.getProperty("zone");
        ExtractionSettings settings = zone == null ? ExtractionSettings.defaults()
                : ExtractionSettings.defaults().withDefaultZone(ZoneId.of(zone));
        String html = Files.readString(dir.resolve("page.html"), StandardCharsets.UTF_8);
        ArticleDraft draft = new ArticleDraft().url(url);
        reader.read(Jsoup.parse(html, url), draft, settings, NOW);
        Article article = draft.build();

        check(expected, "title", article, Article::title);
        check(expected, "authors", article, a -> a.authors().isEmpty() ? null : String.join("; ", a.authors()));
        check(expected, "byline", article, Article::byline);
        check(expected, "agency", article, Article::agency);
        check(expected, "published", article, a -> iso(a.published()));
        check(expected, "modified", article, a -> iso(a.modified()));
        check(expected, "language", article, Article::language);
        check(expected, "canonical_url", article, Article::canonicalUrl);
        check(expected, "site_name", article, Article::siteName);
        check(expected, "section", article, Article::section);
        check(expected, "description", article, Article::description);
        if (expected.containsKey("published.zoneAssumed")) {
            assertEquals(Boolean.parseBoolean(expected.getProperty("published.zoneAssumed")),
                    article.published().zoneAssumed(), "published.zoneAssumed");
        }
        List<String> images = new ArrayList<>();
        for (ArticleImage image : article.images()) {
            images.add(image.src() + "|" + image.caption() + "|" + image.credit());
        }
        for (int i = 0; expected.containsKey("image." + i); i++) {
            assertFalse(images.size() <= i, "image." + i + " missing; images: " + images);
            assertEquals(expected.getProperty("image." + i), images.get(i), "image." + i);
        }
    }

    private static void check(Properties expected, String field, Article article, Function<Article, String> actual) {
        if (expected.containsKey(field)) {
            String want = expected.getProperty(field);
            if (want.isEmpty()) {
                assertNull(actual.apply(article), field + " must be absent");
            } else {
                assertEquals(want, actual.apply(article), field);
            }
        }
        if (expected.containsKey(field + ".signal")) {
            String key = field.equals("published") ? "published_at" : field.equals("modified") ? "modified_at" : field;
            assertEquals(expected.getProperty(field + ".signal"), article.metadataSources().get(key), field + ".signal");
        }
    }

    private static String iso(PublishedTime t) {
        return t == null ? null : t.iso();
    }
}
