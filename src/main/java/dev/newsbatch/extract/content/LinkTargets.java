package dev.newsbatch.extract.content;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Resolves the links of one page's story against the page's URL, as jsoup's {@code absUrl("href")} does, with the
 * page's URL parsed once: {@code absUrl} parses it again for every link and strips control characters from it with a
 * regular expression each time, which was most of the cost of writing a story's HTML. A link or URL holding a control
 * character, or one the fast path cannot resolve, is left to {@code absUrl} itself. One instance per story.
 */
final class LinkTargets {

    private String baseUri;
    private URL base;

    /** The anchor's target as {@code anchor.absUrl("href")} gives it ("" where it cannot be resolved). */
    String resolve(Element anchor) {
        String href = anchor.attr("href");
        URL pageUrl = base(anchor.baseUri());
        if (pageUrl != null && !hasControlChar(href)) {
            try {
                return StringUtil.resolve(pageUrl, href).toExternalForm();
            } catch (MalformedURLException e) {
                // absUrl's own rules decide (a scheme Java has no handler for, such as tel:, is kept as written)
            }
        }
        return anchor.absUrl("href");
    }

    /** The page's URL parsed, or null where jsoup would not parse it as it is. */
    private URL base(String uri) {
        if (!uri.equals(baseUri)) {
            baseUri = uri;
            try {
                base = hasControlChar(uri) ? null : new URL(uri);
            } catch (MalformedURLException e) {
                base = null;
            }
        }
        return base;
    }

    /** Whether the text holds a character jsoup strips from URLs before resolving them (U+0000 to U+001F). */
    private static boolean hasControlChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }
}
