package dev.newsbatch.extract.content;

import org.jsoup.nodes.Element;

/**
 * One block of text as a reader sees it: a paragraph, a heading, a list item, a cell, or a run of text loose in a
 * container, with how much of it is link text.
 *
 * @param text      the text, white space normalized
 * @param markup    what the same text's minimal inline HTML is made of, built when the block is written
 * @param kind      what the block is, as the minimal HTML tag it becomes: p, h1..h6, li, blockquote, pre, td
 * @param container the nearest block-level element around the text
 * @param linkChars how many of its characters are inside links
 * @param listTag   "ol" or "ul" for a list item, else null
 */
record TextBlock(String text, BlockMarkup markup, String kind, Element container, int linkChars, String listTag) {

    /** The block's minimal HTML, each link's target resolved against the page's URL (see {@link BlockMarkup}). */
    String resolvedHtml(LinkTargets targets) {
        return markup.html(targets);
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isHeading() {
        return kind.length() == 2 && kind.charAt(0) == 'h' && Character.isDigit(kind.charAt(1));
    }
}
