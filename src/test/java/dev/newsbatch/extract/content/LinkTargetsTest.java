package dev.newsbatch.extract.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The story's links resolve exactly as jsoup's absUrl resolves them, whatever the link or the page's URL. */
class LinkTargetsTest {

    private static final List<String> HREFS = List.of("/a/b?c=d#e", "../up/one.html", "same.html", "?page=2",
            "//cdn.example.org/x.png", "https://other.example.com/Path%20x", "HTTP://Example.COM/a/../b",
            "tel:+49301234", "mailto:desk@example.com", "javascript:void(0)", "/with space/and ümlaut",
            "jav\tascript:alert(1)", "/line\nbreak", "#top", "", "http://[bad", "   /padded  ");

    @Test
    void resolvesEveryKindOfLinkAsAbsUrlDoes() {
        for (String pageUrl : List.of("https://news.example/section/story.html?id=7", "http://example.com",
                "not a url", "", "https://news.example/a\tb/story")) {
            Document doc = Jsoup.parse(anchors(""), pageUrl);
            assertSameAsAbsUrl(doc);
        }
    }

    @Test
    void aBaseElementChangesThePageUrlForLinksAsItDoesForAbsUrl() {
        Document doc = Jsoup.parse(anchors("<base href='https://mirror.example/archive/'>"),
                "https://news.example/story");
        assertSameAsAbsUrl(doc);
        assertEquals("https://mirror.example/archive/same.html",
                new LinkTargets().resolve(doc.select("a").get(HREFS.indexOf("same.html"))));
    }

    private static String anchors(String head) {
        StringBuilder html = new StringBuilder("<html><head>" + head + "</head><body>");
        for (String href : HREFS) {
            html.append("<a href=\"").append(href.replace("\"", "&quot;")).append("\">x</a>");
        }
        return html.append("</body></html>").toString();
    }

    private static void assertSameAsAbsUrl(Document doc) {
        LinkTargets targets = new LinkTargets();
        for (Element a : doc.select("a")) {
            assertEquals(a.absUrl("href"), targets.resolve(a), () -> "href " + a.attr("href") + " on " + doc.location());
        }
    }

    /** Image sources too, and an absent attribute gives "" as absUrl does (not the page's own URL). */
    @Test
    void resolvesImageSourcesAndAbsentAttributesAsAbsUrlDoes() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (String src : HREFS) {
            html.append("<img src=\"").append(src.replace("\"", "&quot;")).append("\">");
        }
        html.append("<img data-src='/lazy.jpg'>");
        Document doc = Jsoup.parse(html.append("</body></html>").toString(), "https://news.example/s/story.html");
        LinkTargets targets = new LinkTargets();
        for (Element img : doc.select("img")) {
            assertEquals(img.absUrl("src"), targets.resolve(img, "src"), () -> "src " + img.attr("src"));
            assertEquals(img.absUrl("data-src"), targets.resolve(img, "data-src"), () -> "data-src on " + img);
        }
        assertEquals("", targets.resolve(doc.select("img").last(), "src"));
        assertEquals("https://news.example/lazy.jpg", targets.resolve(doc.select("img").last(), "data-src"));
    }
}
