package dev.newsbatch.extract.content;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One block of text as a reader sees it: a paragraph, a heading, a list item, a cell, or a run of text loose in a
 * container, with how much of it is link text.
 *
 * @param text      the text, white space normalized
 * @param html      the same text as minimal inline HTML: escaped, with links as {@code a} elements whose targets are
 *                  {@link #LINK_TARGET} marks, in the order of {@code links}
 * @param links     the anchors of those links, resolved only when the block is written ({@link #resolvedHtml})
 * @param kind      what the block is, as the minimal HTML tag it becomes: p, h1..h6, li, blockquote, pre, td
 * @param container the nearest block-level element around the text
 * @param linkChars how many of its characters are inside links
 * @param listTag   "ol" or "ul" for a list item, else null
 */
record TextBlock(String text, String html, List<Element> links, String kind, Element container, int linkChars, String listTag) {

    /** Stands for a link's target in {@link #html} until the block is written; a character no page text holds. */
    static final char LINK_TARGET = '\u0001';

    /** The block's minimal HTML with each link's target resolved against the page's URL and escaped. */
    String resolvedHtml() {
        if (links.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64 * links.size());
        int link = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == LINK_TARGET && link < links.size()) {
                Element anchor = links.get(link++);
                String target = anchor.absUrl("href");
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

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isHeading() {
        return kind.length() == 2 && kind.charAt(0) == 'h' && Character.isDigit(kind.charAt(1));
    }
}
