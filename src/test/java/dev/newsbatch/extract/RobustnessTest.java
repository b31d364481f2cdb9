package dev.newsbatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extractor never throws: not on any page of the corpora, not on hostile input made here (empty, binary, huge,
 * absurdly deep, broken markup, no body, framesets, lying charsets, only scripts). Each case asserts what kind of
 * result comes back, which a throwing or hanging extractor could not produce.
 */
class RobustnessTest {

    private static final Path CORPORA = Path.of("..", "shared", "corpus");
    private static final String PARAGRAPH = "<p>The committee met again on Thursday, and after a long debate it"
            + " agreed to publish its findings before the end of the month.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(byte[] body, ExtractionSettings settings) {
        RawPage page = new RawPage("https://example.org/story", null, Origin.FILE, "test", null, Instant.EPOCH,
                null, null, Map.of(), body);
        return extractor.extract(page, settings);
    }

    private Extraction extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8), ExtractionSettings.defaults());
    }

    @Test
    void everyCorpusPageGivesAResult() throws IOException {
        assumeTrue(Files.isDirectory(CORPORA), "no corpora at " + CORPORA.toAbsolutePath() + ": skipped");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(CORPORA)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assumeTrue(!pages.isEmpty(), "no pages under " + CORPORA);
        int articles = 0;
        for (Path page : pages) {
            Extraction result = extract(Files.readAllBytes(page), ExtractionSettings.defaults());
            assertThat(result).as(page.toString()).isNotNull();
            articles += result instanceof Article ? 1 : 0;
        }
        // real news pages: nearly all must become articles, not just "not throw"
        assertThat(articles).isGreaterThan(pages.size() * 95 / 100);
    }

    @Test
    void emptyBodyIsRejected() {
        assertThat(extract(new byte[0], ExtractionSettings.defaults())).isInstanceOf(Rejected.class);
    }

    @Test
    void binaryBytesAreRejectedOrHarmless() {
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        assertThat(extract(noise, ExtractionSettings.defaults())).isInstanceOf(Rejected.class);
    }

    @Test
    void twentyMegabytePageIsExtractedWhenAllowed() {
        StringBuilder html = new StringBuilder("<html><body><div class='story'>");
        while (html.length() < 20_000_000) {
            html.append("<div>").append(PARAGRAPH).append("<span>aside</span></div>");
        }
        html.append("</div></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        ExtractionSettings roomy = new ExtractionSettings(null, null, List.of(), null, 64 * 1024 * 1024);

        assertThat(extract(bytes, roomy)).isInstanceOf(Article.class);
        assertThat(extract(bytes, ExtractionSettings.defaults())).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Rejected.TOO_LARGE));
    }

    @Test
    void hundredThousandNestedDivsDoNotBlowTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH + PARAGRAPH
                + "</div>".repeat(100_000) + "</body></html>";
        assertThat(extract(html)).isInstanceOfSatisfying(Article.class,
                a -> assertThat(a.bodyText()).contains("agreed to publish its findings"));
    }

    @Test
    void unclosedTagsStillGiveTheText() {
        String html = "<html><body><div><p>" + PARAGRAPH.substring(3, PARAGRAPH.length() - 4)
                + "<p>Second paragraph of the story, with <b>bold and <i>italic text never closed, and it goes on"
                + " long enough to count.<div><table><tr><td>cell";
        assertThat(extract(html)).isInstanceOfSatisfying(Article.class,
                a -> assertThat(a.bodyText()).contains("agreed to publish").contains("Second paragraph"));
    }

    @Test
    void pageWithoutBodyTagIsRead() {
        assertThat(extract(PARAGRAPH + PARAGRAPH.replace("Thursday", "Friday"))).isInstanceOf(Article.class);
    }

    @Test
    void framesetIsRejectedNotThrown() {
        String html = "<html><head><title>Frames</title></head><frameset cols='50%,50%'>"
                + "<frame src='a.html'><frame src='b.html'></frameset></html>";
        assertThat(extract(html)).isInstanceOf(Rejected.class);
    }

    @Test
    void misDeclaredCharsetGivesAResult() {
        String html = "<html><head><meta charset='utf-8'></head><body>" + PARAGRAPH.replace("committee", "Ausschuß")
                + "<p>Die Stadträte äußerten sich über die Größe der Straße.</p></body></html>";
        byte[] latin1 = html.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(extract(latin1, ExtractionSettings.defaults())).isInstanceOf(Article.class);
        byte[] bogus = html.replace("utf-8", "x-no-such-charset").getBytes(Charset.forName("windows-1252"));
        assertThat(extract(bogus, ExtractionSettings.defaults())).isInstanceOf(Article.class);
    }

    @Test
    void onlyScriptsIsNotAnArticle() {
        String html = "<html><head><script>var a = 1;</script></head><body><script>document.write('<p>"
                + "generated text that a script would have written into the page at load time</p>')</script>"
                + "<noscript>Please enable JavaScript to read this site.</noscript></body></html>";
        assertThat(extract(html)).isInstanceOf(Rejected.class);
    }
}
