package dev.newsbatch.source.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Feeds and sitemaps, the lists a crawl reads its new stories from. */
class CrawlSeedParsersTest {

    @Test
    void rssItemsGiveTheirLinksOrPermalinkGuids() throws Exception {
        String rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://n.org/</link>
                <item><title>A</title><link>https://n.org/a.html</link></item>
                <item><title>B</title><guid isPermaLink="true">https://n.org/b.html</guid></item>
                <item><title>C</title><guid isPermaLink="false">tag:n.org,2026:c</guid></item>
                <item><title>A again</title><link>/a.html</link></item>
                </channel></rss>""";
        assertThat(FeedParser.links(bytes(rss), "https://n.org/feed.xml"))
                .containsExactly("https://n.org/a.html", "https://n.org/b.html");
    }

    @Test
    void atomEntriesGiveTheirAlternateLinks() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link rel="self" href="/atom.xml"/>
                <entry><title>A</title><link rel="edit" href="/edit/a"/><link href="/2026/a.html"/></entry>
                <entry><title>B</title><link rel="alternate" type="text/html" href="https://n.org/2026/b.html"/></entry>
                </feed>""";
        assertThat(FeedParser.links(bytes(atom), "https://n.org/atom.xml"))
                .containsExactly("https://n.org/2026/a.html", "https://n.org/2026/b.html");
    }

    @Test
    void aSitemapIndexListsItsSitemapsNewestFirst() throws Exception {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://n.org/sitemap-2025-12.xml</loc><lastmod>2025-12-31</lastmod></sitemap>
                <sitemap><loc>https://n.org/sitemap-2026-01.xml</loc><lastmod>2026-01-31</lastmod></sitemap>
                </sitemapindex>""";
        SitemapParser.Sitemap sitemap = SitemapParser.parse(bytes(index), "https://n.org/sitemap.xml", 1_000_000);
        assertThat(sitemap.pages()).isEmpty();
        assertThat(sitemap.childrenNewestFirst()).extracting(SitemapParser.ChildSitemap::url)
                .containsExactly("https://n.org/sitemap-2026-01.xml", "https://n.org/sitemap-2025-12.xml");
    }

    @Test
    void aGoogleNewsSitemapListsItsStories() throws Exception {
        String news = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>https://n.org/2026/a.html</loc><news:news><news:publication><news:name>N</news:name>
                <news:language>en</news:language></news:publication><news:title>A</news:title></news:news></url>
                <url><loc> https://n.org/2026/b.html </loc></url>
                </urlset>""";
        assertThat(SitemapParser.parse(bytes(news), "https://n.org/news.xml", 1_000_000).pages())
                .containsExactly("https://n.org/2026/a.html", "https://n.org/2026/b.html");
    }

    @Test
    void gzippedAndPlainTextSitemapsAreRead() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes("<urlset><url><loc>https://n.org/a.html</loc></url></urlset>"));
        }
        assertThat(SitemapParser.parse(gz.toByteArray(), "https://n.org/s.xml.gz", 1_000_000).pages())
                .containsExactly("https://n.org/a.html");
        assertThat(SitemapParser.parse(bytes("https://n.org/a.html\nnot a url\nhttps://n.org/b.html\n"),
                "https://n.org/s.txt", 1_000_000).pages()).containsExactly("https://n.org/a.html", "https://n.org/b.html");
    }

    @Test
    void aCompressedSitemapMayNotExpandPastTheLimit() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[2_000_000]);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> SitemapParser.parse(gz.toByteArray(), "https://n.org/bomb.xml.gz", 1_000_000))
                .hasMessageContaining("more than 1000000 bytes");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
