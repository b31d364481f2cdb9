package dev.newsbatch.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cheap answers to "is this element's text too long to be a byline / date line?" without building the text. The
 * chains read only short elements, but their selectors also match wrappers of the whole page; building a wrapper's
 * text for every match made the metadata phase quadratic in the page's size. Thread-safe (stateless).
 */
final class TextLength {

    private TextLength() {
    }

    /**
     * Whether the element's text is certainly longer than {@code max} characters, both as {@link Element#text()} and
     * as {@code TextNormalizer.normalizeLine} of it. Counts only characters every one of those keeps (not white space
     * of any kind, not zero-width or other format characters, not control characters), so a true answer is exact
     * and a false one means "read the text to know". Stops counting past {@code max}.
     */
    static boolean certainlyLonger(Element element, int max) {
        int[] kept = {0};
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = text.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (kept(s.charAt(i)) && ++kept[0] > max) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return kept[0] > max;
    }

    /**
     * How many characters of the element's text are not white space (nor format or control characters): a measure
     * of how much text it holds, counted without building the text.
     */
    static int keptChars(Element element) {
        int[] kept = {0};
        element.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    if (kept(s.charAt(i))) {
                        kept[0]++;
                    }
                }
            }
        });
        return kept[0];
    }

    private static boolean kept(char c) {
        if (c <= ' ') {
            return false; // white space and controls: collapsed or trimmed
        }
        if (c < 0x80) {
            return true;
        }
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x85
                && Character.getType(c) != Character.FORMAT && c != 0xFEFF && c != 0x00AD;
    }
}
