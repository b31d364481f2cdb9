package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The cheap selections select what the selectors they stand for select, on every golden page and on odd names. */
class NamedElementsTest {

    private static final String ODD_NAMES = """
            <html><body><div class="Post-AUTHOR vcard"><a class="FN">Jane</a></div>
            <p class="author"><span><b class="x fn y">Ann Lee</b></span></p><span class="fn">Nobody</span>
            <div id="BYLINE">By A</div><address>B</address><div class="MyByline-Name">C</div>
            <div class="entry-author">D</div><time class="Dateline">3 May</time><div id="TimeStamp">x</div>
            <div class="article-Header">y</div><div class="nothing">z</div></body></html>""";

    @Test
    void cheapSelectionsEqualTheSelectors() throws IOException {
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden"))) {
            pages = dirs.map(d -> d.resolve("page.html")).filter(Files::isRegularFile).toList();
        }
        check(Jsoup.parse(ODD_NAMES));
        for (Path page : pages) {
            check(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)));
        }
    }

    private static void check(Document doc) {
        assertEquals(doc.select(Authors.AUTHOR_CARDS), NamedElements.select(doc, Authors.AUTHOR_CARD_WORDS,
                new String[0], e -> Authors.isAuthorCard(doc, e)));
        assertEquals(doc.select(Authors.VISIBLE_BYLINES),
                NamedElements.select(doc, Authors.VISIBLE_BYLINES, Authors.VISIBLE_BYLINE_WORDS, "address"));
        assertEquals(doc.select(PublicationDates.DATE_LINES),
                NamedElements.select(doc, PublicationDates.DATE_LINES, PublicationDates.DATE_LINE_WORDS));
    }
}
