package dev.newsbatch.extract.content;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Resolves the links of one page's story against the page's URL, as jsoup's {@code absUrl("href")} does, with the
 * page's URL parsed once: {@code absUrl} parses it again for every link and strips control characters from it with a
 * regular expression each time, which was most of the cost of writing a story's HTML. A link or URL holding a control
 * character, or one the fast path cannot resolve, is left to {@code absUrl} itself. Image sources are resolved the
 * same way. One instance per story or page walk; not thread-safe.
 */
final class LinkTargets {

    private String baseUri;
    private URL base;

    /** The anchor's target as {@code anchor.absUrl("href")} gives it ("" where it cannot be resolved). */
    String resolve(Element anchor) {
        return resolve(anchor, "href");
    }

    /** The attribute's URL made absolute as {@code element.absUrl(attribute)} gives it ("" where it is absent). */
    String resolve(Element element, String attribute) {
        if (!element.hasAttr(attribute)) {
            return "";
        }
        String url = element.attr(attribute);
        URL pageUrl = base(element.baseUri());
        if (pageUrl != null && !hasControlChar(url)) {
            try {
                return StringUtil.resolve(pageUrl, url).toExternalForm();
            } catch (MalformedURLException e) {
                // absUrl's own rules decide (a scheme Java has no handler for, such as tel:, is kept as written)
            }
        }
        return element.absUrl(attribute);
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
