package dev.newsbatch.extract.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.TextNormalizer;
import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a text dump must become, as an {@code expected.json} states it (the format of {@code shared/seeds/expected}):
 * {@code title}, {@code authors}, {@code agency}, {@code published_at} (ISO), {@code dateline} {raw, location,
 * agency}, {@code images} [{caption, credit}], {@code body} (the exact paragraphs), {@code not_paragraphs} (lines that
 * must not survive as a paragraph), {@code not_substrings} (text that must not be in the body) and
 * {@code site_time_zone}. A field absent from the file is not checked; a field present as null must be null.
 */
public final class ExpectedArticle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final JsonNode expected;

    private ExpectedArticle(String name, JsonNode expected) {
        this.name = name;
        this.expected = expected;
    }

    public static ExpectedArticle read(Path json) throws IOException {
        String name = json.getParent() == null ? json.getFileName().toString()
                : json.getParent().getFileName() + "/" + json.getFileName();
        return new ExpectedArticle(name, JSON.readTree(Files.readString(json)));
    }

    /** The dump's file name as the {@code input} field gives it, else {@code fallback}. */
    public String input(String fallback) {
        JsonNode input = expected.path("input");
        return input.isString() ? input.stringValue() : fallback;
    }

    /** The zone the job definition would give the site, or null. */
    public ZoneId zone() {
        JsonNode zone = expected.path("site_time_zone");
        return zone.isString() ? ZoneId.of(zone.stringValue()) : null;
    }

    /** Runs the whole extractor on the dump as a text-dump page, as a job would. */
    public Article extract(Path dump) throws IOException {
        RawPage page = RawPage.ofFile(Origin.TEXT, dump.toString(), null, Files.readAllBytes(dump));
        Extraction result = new ArticleExtractor().extract(page, ExtractionSettings.defaults().withDefaultZone(zone()));
        return assertInstanceOf(Article.class, result, name + ": the dump was rejected: " + result);
    }

    public void assertMatches(Article article) {
        List<Executable> checks = new ArrayList<>();
        checkText(checks, "title", article.title());
        checkText(checks, "agency", article.agency());
        if (expected.has("authors")) {
            checks.add(() -> assertEquals(strings(expected.get("authors")), article.authors(), name + ": authors"));
        }
        if (expected.has("published_at")) {
            String published = article.published() == null ? null : article.published().iso();
            checks.add(() -> assertEquals(textOrNull(expected.get("published_at")), published, name + ": published_at"));
        }
        if (expected.has("dateline")) {
            checks.add(() -> assertDateline(article));
        }
        if (expected.has("images")) {
            checks.add(() -> assertEquals(imagePairs(expected.get("images"), node -> textOrNull(node.get("caption")),
                    node -> textOrNull(node.get("credit"))), imagePairs(article.images()), name + ": images"));
        }
        if (expected.has("body")) {
            checks.add(() -> assertEquals(strings(expected.get("body")), article.paragraphs(), name + ": body"));
        }
        for (String notParagraph : strings(expected.path("not_paragraphs"))) {
            String normalized = TextNormalizer.normalizeLine(notParagraph);
            checks.add(() -> assertFalse(article.paragraphs().contains(normalized),
                    name + ": survived as a paragraph: " + notParagraph));
        }
        for (String notSubstring : strings(expected.path("not_substrings"))) {
            checks.add(() -> assertFalse(article.bodyText().contains(notSubstring),
                    name + ": the body contains: " + notSubstring));
        }
        assertAll(name, checks);
    }

    private void checkText(List<Executable> checks, String field, String actual) {
        if (expected.has(field)) {
            checks.add(() -> assertEquals(textOrNull(expected.get(field)), actual, name + ": " + field));
        }
    }

    private void assertDateline(Article article) {
        JsonNode dateline = expected.get("dateline");
        if (dateline.isNull()) {
            assertEquals(null, article.dateline(), name + ": dateline");
            return;
        }
        assertNotNull(article.dateline(), name + ": no dateline was found");
        assertAll(name + ": dateline",
                () -> assertEquals(textOrNull(dateline.get("raw")), article.dateline().raw(), "raw"),
                () -> assertEquals(textOrNull(dateline.get("location")), article.dateline().location(), "location"),
                () -> assertEquals(textOrNull(dateline.get("agency")), article.dateline().agency(), "agency"));
    }

    private static List<List<String>> imagePairs(JsonNode images, Function<JsonNode, String> caption,
            Function<JsonNode, String> credit) {
        List<List<String>> pairs = new ArrayList<>();
        for (JsonNode image : images.values()) {
            pairs.add(pair(caption.apply(image), credit.apply(image)));
        }
        return pairs;
    }

    private static List<List<String>> imagePairs(List<ArticleImage> images) {
        List<List<String>> pairs = new ArrayList<>();
        for (ArticleImage image : images) {
            pairs.add(pair(image.caption(), image.credit()));
        }
        return pairs;
    }

    private static List<String> pair(String caption, String credit) {
        List<String> pair = new ArrayList<>(2); // List.of refuses the nulls an image may have
        pair.add(caption);
        pair.add(credit);
        return pair;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.stringValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.values().forEach(node -> values.add(node.stringValue()));
        }
        return values;
    }
}
