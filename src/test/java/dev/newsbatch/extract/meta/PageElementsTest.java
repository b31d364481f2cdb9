package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The one-walk selections select what jsoup's own selection of the same selector does, on every golden page. */
class PageElementsTest {

    private static final String ODD_NAMES = """
            <html><head><meta name="a" content="1"><META property="og:title" content="T"><title>x</title></head>
            <body><div class="Post-AUTHOR vcard"><a class="FN">Jane</a></div>
            <p class="author"><span><b class="x fn y">Ann Lee</b></span></p><span class="fn">Nobody</span>
            <div id="BYLINE">By A</div><address>B</address><div class="MyByline-Name">C</div>
            <div class="entry-author">D</div><time class="Dateline" datetime="2020-01-02">3 May</time>
            <div id="TimeStamp">x</div><abbr title="2020">y</abbr><span itemprop="author">Z</span><i ItemProp="datePublished" title="t">d</i>
            <div property="og:x dateCreated">p</div><b itemprop="name">n</b>
            <div class="article-Header">y</div><div class="nothing">z</div>
            <script type="application/ld+json">{}</script><SCRIPT TYPE="Application/JSON">{}</SCRIPT></body></html>""";

    /** Selectors of each shape: one tag, several tags, no tag, a regex holding commas, case-insensitive values. */
    private static final List<SimpleSelector> SELECTORS = List.of(
            SimpleSelector.of("meta[content]"),
            SimpleSelector.of("META[property=og:title]"),
            SimpleSelector.of("time[datetime], time, abbr[title]"),
            SimpleSelector.of("p, div, span, byline, address, em, strong"),
            SimpleSelector.of("[itemprop~=^(author|creator)$]"),
            SimpleSelector.of("a[rel~=(^|\\s)author($|\\s)], a[href*=/author/]"),
            SimpleSelector.of("[class~=(?i)^a{1,3}$], h1"),
            SimpleSelector.of("script[type~=(?i)^(application|text)/json$]"),
            SimpleSelector.of("h2"),
            SimpleSelector.of("link[rel=canonical][href]"),
            SimpleSelector.of("[itemprop~=(?i)^(datePublished|dateCreated)$], [property~=(?i)(^|\\s|:)dateCreated($|\\s)]"),
            SimpleSelector.of("[ITEMPROP=name], div[class]"),
            SimpleSelector.of("*[title], meta"));

    @Test
    void selectionsEqualJsoupsOnEveryGoldenPage() throws IOException {
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden"))) {
            pages = dirs.map(d -> d.resolve("page.html")).filter(Files::isRegularFile).toList();
        }
        List<Document> docs = new ArrayList<>();
        docs.add(Jsoup.parse(ODD_NAMES));
        for (Path page : pages) {
            docs.add(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)));
        }
        for (Document doc : docs) {
            PageElements elements = PageElements.of(doc);
            for (SimpleSelector selector : SELECTORS) {
                assertEquals(doc.select(selector.css()), elements.select(selector), selector.css());
                assertEquals(doc.selectFirst(selector.css()), elements.selectFirst(selector), selector.css());
            }
            assertEquals(doc.select(Authors.AUTHOR_CARDS),
                    elements.named(Authors.AUTHOR_CARD_WORDS, new String[0], e -> Authors.isAuthorCard(doc, e)));
            assertEquals(doc.select(Authors.VISIBLE_BYLINES),
                    elements.named(Authors.VISIBLE_BYLINES, Authors.VISIBLE_BYLINE_WORDS, "address"));
            assertEquals(doc.select(PublicationDates.DATE_LINES),
                    elements.named(PublicationDates.DATE_LINES, PublicationDates.DATE_LINE_WORDS));
            assertEquals(doc.getAllElements(), List.of(elements.all()));
            assertEquals(doc.select("h1"), elements.withTag("h1"));
        }
    }

    @Test
    void theTagsASelectorCanMatchAreReadFromItsParts() {
        assertArrayEquals(new String[] {"time", "abbr"}, SimpleSelector.of("time[datetime], time, abbr[title]").tags());
        assertArrayEquals(new String[] {"meta"}, SimpleSelector.of("META[content]").tags());
        SimpleSelector mixed = SimpleSelector.of("a[href], [itemProp=author], [property~=(?i)date]");
        assertArrayEquals(new String[] {"a"}, mixed.tags());
        assertArrayEquals(new String[] {"itemprop", "property"}, mixed.attributes(), "parts that start with one");
        assertFalse(mixed.anyElement());
        assertTrue(SimpleSelector.of("a[href], *[title]").anyElement(), "a part bound to nothing");
        assertArrayEquals(new String[] {"a"}, SimpleSelector.of("a[title~=^(x|y){1,2}$]").tags(), "comma in a regex");
    }

    @Test
    void aSelectorWithACombinatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimpleSelector.of("[class~=publish] time[datetime]"));
        assertThrows(IllegalArgumentException.class, () -> SimpleSelector.of("div > p"));
        assertThrows(IllegalArgumentException.class, () -> SimpleSelector.of("h1, div p"));
    }

    @Test
    void aPageWithoutTheTagSelectsNothing() {
        PageElements elements = PageElements.of(Jsoup.parse("<p>text</p>"));
        assertEquals(0, elements.select(SimpleSelector.of("time, abbr")).size());
        assertNull(elements.selectFirst(SimpleSelector.of("meta[content]")));
    }
}
