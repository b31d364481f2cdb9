package dev.newsbatch.source.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a sitemap lists: pages ({@code <urlset>}, Google News sitemaps included, whose {@code <url>} entries carry a
 * {@code <news:news>} block besides the {@code <loc>}), or other sitemaps ({@code <sitemapindex>}). Also reads
 * gzip-compressed sitemaps and plain-text ones (one URL a line), both allowed by sitemaps.org. Pure.
 */
final class SitemapParser {

    /** A sitemap named by an index, with its last modification as written (ISO-8601, compared as text), or "". */
    record ChildSitemap(String url, String lastModified) {
    }

    /** The pages and the child sitemaps a sitemap lists. */
    record Sitemap(List<String> pages, List<ChildSitemap> children) {

        /** The child sitemaps, most recently modified first: a news crawl wants this week's stories, not 2009's. */
        List<ChildSitemap> childrenNewestFirst() {
            return children.stream().sorted(Comparator.comparing(ChildSitemap::lastModified).reversed()).toList();
        }
    }

    /** gzip's magic number. */
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    private SitemapParser() {
    }

    /**
     * Parses a sitemap.
     *
     * @param maxBytes the most bytes a compressed sitemap may expand to, so a small gzip bomb cannot fill memory
     */
    static Sitemap parse(byte[] body, String sitemapUrl, int maxBytes) throws IOException {
        byte[] bytes = isGzip(body) ? gunzip(body, maxBytes) : body;
        if (!looksLikeXml(bytes)) {
            return new Sitemap(plainTextUrls(bytes), List.of());
        }
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, sitemapUrl, Parser.xmlParser());
        List<String> pages = new ArrayList<>();
        for (Element url : doc.getElementsByTag("url")) {
            String loc = childText(url, "loc");
            if (!loc.isEmpty()) {
                pages.add(FeedParser.resolve(loc, sitemapUrl));
            }
        }
        List<ChildSitemap> children = new ArrayList<>();
        for (Element sitemap : doc.getElementsByTag("sitemap")) {
            String loc = childText(sitemap, "loc");
            if (!loc.isEmpty()) {
                children.add(new ChildSitemap(FeedParser.resolve(loc, sitemapUrl), childText(sitemap, "lastmod")));
            }
        }
        return new Sitemap(pages, children);
    }

    private static String childText(Element parent, String tag) {
        for (Element child : parent.children()) {
            if (child.tagName().equalsIgnoreCase(tag)) {
                return child.text().trim();
            }
        }
        return "";
    }

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == GZIP_MAGIC_0 && (body[1] & 0xff) == GZIP_MAGIC_1;
    }

    private static byte[] gunzip(byte[] body, int maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("the compressed sitemap expands to more than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private static boolean looksLikeXml(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xef && b != (byte) 0xbb && b != (byte) 0xbf) {
                return b == '<';
            }
        }
        return false;
    }

    private static List<String> plainTextUrls(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(line -> line.matches("(?i)https?://\\S+")).toList();
    }
}
