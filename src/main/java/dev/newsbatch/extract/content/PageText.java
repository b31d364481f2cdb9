package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ArticleImage;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page flattened once at one prune level: its text blocks in document order, each element's text and link-text
 * length after pruning, the figures found (with the element they came from), and the article elements (in document
 * order, noted by the same walk so that nesting checks need not search the tree again).
 */
record PageText(List<TextBlock> blocks, Map<Element, int[]> charCounts, List<Figure> figures, List<Element> articles) {

    /** An image with its caption and credit, and the figure element it was read from. */
    record Figure(ArticleImage image, Element element) {
    }

    static final int TEXT = 0;
    static final int LINK = 1;

    int textChars(Element element) {
        int[] counts = charCounts.get(element);
        return counts == null ? 0 : counts[TEXT];
    }

    double linkDensity(Element element) {
        int[] counts = charCounts.get(element);
        return counts == null || counts[TEXT] == 0 ? 0 : Math.min(1.0, (double) counts[LINK] / counts[TEXT]);
    }
}
