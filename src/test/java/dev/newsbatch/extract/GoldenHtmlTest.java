package dev.newsbatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden pages for the HTML cleaner: each {@code golden/html-<slug>/} holds a small page written for one hard case
 * and {@code expected.json} saying what its body must be. Fields: {@code paragraphs} (exact), {@code paragraphCount},
 * {@code mustContain}, {@code mustNotContain}, {@code occursOnce} (body snippets), {@code images} (caption, credit).
 */
class GoldenHtmlTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @TestFactory
    List<DynamicTest> goldenPages() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenHtmlTest.class.getResource("/golden").toURI());
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(root)) {
            cases = dirs.filter(d -> d.getFileName().toString().startsWith("html-")).sorted().toList();
        }
        assertThat(cases).as("golden html cases").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : cases) {
            tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
        return tests;
    }

    private void check(Path dir) throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(dir.resolve("expected.json")));
        RawPage page = new RawPage("https://news.example/" + dir.getFileName(), null, Origin.FILE, dir.toString(),
                null, Instant.EPOCH, null, "text/html; charset=utf-8", Map.of(),
                Files.readAllBytes(dir.resolve("page.html")));
        Extraction result = extractor.extract(page, ExtractionSettings.defaults());
        assertThat(result).as(expected.path("why").asString("")).isInstanceOf(Article.class);
        Article article = (Article) result;
        String body = article.bodyText();

        if (expected.has("paragraphs")) {
            assertThat(article.paragraphs()).containsExactlyElementsOf(strings(expected.path("paragraphs")));
        }
        if (expected.has("paragraphCount")) {
            assertThat(article.paragraphs()).as(body).hasSize(expected.path("paragraphCount").asInt());
        }
        for (String snippet : strings(expected.path("mustContain"))) {
            assertThat(body).contains(snippet);
        }
        for (String snippet : strings(expected.path("mustNotContain"))) {
            assertThat(body).doesNotContain(snippet);
        }
        for (String snippet : strings(expected.path("occursOnce"))) {
            assertThat(body.split(java.util.regex.Pattern.quote(snippet), -1)).as("occurrences of " + snippet)
                    .hasSize(2);
        }
        if (expected.has("images")) {
            List<String> captions = article.images().stream().map(i -> i.caption() + " | " + i.credit()).toList();
            List<String> wanted = new ArrayList<>();
            for (JsonNode image : expected.path("images")) {
                wanted.add(image.path("caption").asString() + " | " + image.path("credit").asString());
            }
            assertThat(captions).containsExactlyElementsOf(wanted);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
