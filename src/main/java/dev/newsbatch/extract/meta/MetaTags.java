package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags indexed by key, read once: {@code name}, {@code property}, {@code itemprop} and
 * {@code http-equiv} all count as keys, lower-cased, so {@code og:title}, {@code DC.date} and {@code dc.date} are
 * asked for the same way. One instance per page.
 */
final class MetaTags {

    private static final SimpleSelector META = SimpleSelector.of("meta[content]");
    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, List<String>> byKey = new HashMap<>();

    MetaTags(PageElements elements) {
        for (Element meta : elements.select(META)) {
            String content = TextNormalizer.normalizeLine(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                String key = meta.attr(attribute).trim().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                if (!hasWhiteSpace(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    continue;
                }
                // property="og:title article:author" happens; each word is a key
                for (String part : key.split("\\s+")) {
                    if (!part.isEmpty()) {
                        byKey.computeIfAbsent(part, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
    }

    /** Whether the key holds a character {@code \s} matches: the tag names several keys. */
    private static boolean hasWhiteSpace(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The first value of the first key that has one, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> values = byKey.get(key);
            if (values != null && !values.isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }

    /** Every value of a key, in page order. */
    List<String> all(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The first key of those given that the page has, or null: which signal a value came from. */
    String firstKeyPresent(String... keys) {
        for (String key : keys) {
            if (byKey.containsKey(key)) {
                return key;
            }
        }
        return null;
    }
}
