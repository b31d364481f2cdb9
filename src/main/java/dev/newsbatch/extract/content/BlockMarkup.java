package dev.newsbatch.extract.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What one block's minimal inline HTML is made of (its text nodes, line breaks, and the starts and ends of the links
 * around them), kept from the page walk so the HTML is built only for the blocks the story keeps: most of a page's
 * blocks are navigation, teasers and footers that are scored and dropped. {@link #html()} builds it: text escaped,
 * white space normalized, links to other pages as {@code a} elements, each target resolved against the page's URL.
 * Immutable.
 */
final class BlockMarkup {

    /** A line break inside a block: the block stays one paragraph. */
    static final Object LINE_BREAK = new Object();

    /** The end of a link: the anchor element it closes. */
    record LinkEnd(Element anchor) {
    }

    /** Stands for a link's target while the markup is normalized; a character no page text holds. */
    static final char LINK_TARGET = '\u0001';

    /** {@link TextNode}s, {@link #LINE_BREAK}s, anchor {@link Element}s (a link starts) and {@link LinkEnd}s. */
    private final List<Object> parts;

    BlockMarkup(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The block's minimal HTML with each link's target resolved against the page's URL and escaped. */
    String html(LinkTargets targets) {
        Writer writer = new Writer();
        for (Object part : parts) {
            if (part instanceof TextNode text) {
                BlockText.appendEscaped(writer.markup, text.getWholeText());
            } else if (part == LINE_BREAK) {
                writer.markup.append('\n');
            } else if (part instanceof Element anchor) {
                writer.openLink(anchor);
            } else if (part instanceof LinkEnd end) {
                writer.closeLink(end.anchor());
            }
        }
        if (writer.openAnchor != null) {
            writer.closeLink(writer.openAnchor); // a link spanning blocks keeps its first block's part; the rest is text
        }
        return resolve(BlockText.normalize(writer.markup), writer.links, targets);
    }

    /** Builds the markup; one link open at a time (nested anchors are invalid HTML, their text stays in the outer). */
    private static final class Writer {
        private final StringBuilder markup = new StringBuilder();
        private final List<Element> links = new ArrayList<>();
        private Element openAnchor;
        private int openAnchorAt;

        /**
         * Starts a link when the anchor leads to another page (not a script, not a jump within this one) and no link
         * is open already. The target is written as a {@link #LINK_TARGET} mark, resolved after normalizing.
         */
        void openLink(Element anchor) {
            String href = anchor.attr("href");
            if (openAnchor != null || href.isEmpty() || href.startsWith("#") || startsWithIgnoreCase(href, "javascript:")
                    || startsWithIgnoreCase(href, "mailto:")) {
                return;
            }
            openAnchor = anchor;
            openAnchorAt = markup.length();
            markup.append("<a href=\"").append(LINK_TARGET).append("\">");
        }

        /** Ends the open link; a link with no text (an image link) leaves nothing behind. */
        void closeLink(Element anchor) {
            if (openAnchor != anchor) {
                return;
            }
            int tagEnd = markup.indexOf(">", openAnchorAt) + 1;
            if (markup.substring(tagEnd).isBlank()) {
                markup.setLength(openAnchorAt);
            } else {
                markup.append("</a>");
                links.add(anchor);
            }
            openAnchor = null;
        }
    }

    private static String resolve(String html, List<Element> links, LinkTargets targets) {
        if (links.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64 * links.size());
        int link = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == LINK_TARGET && link < links.size()) {
                Element anchor = links.get(link++);
                String target = targets.resolve(anchor);
                out.append(escapeAttribute(target.isEmpty() ? anchor.attr("href") : target));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
