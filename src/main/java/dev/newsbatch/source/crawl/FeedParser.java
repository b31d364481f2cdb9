package dev.newsbatch.source.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The story links of an RSS (0.9x, 1.0, 2.0) or Atom feed. Pure: bytes in, URLs out. Parsed with jsoup's XML parser,
 * which takes the encoding from the XML declaration and survives the malformed feeds news sites do serve.
 */
final class FeedParser {

    private FeedParser() {
    }

    /** The links of the feed's items, in feed order, without repeats; relative links resolved against the feed's URL. */
    static List<String> links(byte[] body, String feedUrl) throws IOException {
        Document feed = Jsoup.parse(new ByteArrayInputStream(body), null, feedUrl, Parser.xmlParser());
        LinkedHashSet<String> links = new LinkedHashSet<>();
        for (Element item : feed.getElementsByTag("item")) {
            String link = rssLink(item, feedUrl);
            if (link != null) {
                links.add(link);
            }
        }
        for (Element entry : feed.getElementsByTag("entry")) {
            for (Element link : entry.getElementsByTag("link")) {
                String rel = link.attr("rel").toLowerCase(Locale.ROOT);
                if ((rel.isEmpty() || rel.equals("alternate")) && link.hasAttr("href")) {
                    links.add(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
                    break;
                }
            }
        }
        return new ArrayList<>(links);
    }

    /** An RSS item's {@code <link>}, else its {@code <guid>} when that is a permalink. */
    private static String rssLink(Element item, String feedUrl) {
        for (Element link : item.getElementsByTag("link")) {
            if (link.parent() == item && !link.text().isBlank()) {
                return resolve(link.text().trim(), feedUrl);
            }
        }
        for (Element guid : item.getElementsByTag("guid")) {
            String text = guid.text().trim();
            if (!"false".equalsIgnoreCase(guid.attr("isPermaLink")) && text.matches("(?i)https?://.*")) {
                return text;
            }
        }
        return null;
    }

    static String resolve(String link, String base) {
        try {
            return URI.create(base).resolve(link.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
