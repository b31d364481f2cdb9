package dev.newsbatch.extract.prune;

import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements of a page that are not its story (chrome, widgets, hidden and non-text elements) without
 * changing the document, so a later, more relaxed pass can still see them. One post-order walk (jsoup's traversal is
 * iterative, so depth cannot exhaust the stack). Thread-safe: holds no state between calls.
 *
 * <pre>{@code Set<Element> chrome = new BoilerplatePruner().chrome(doc.body(), PruneLevel.STRICT);}</pre>
 */
public final class BoilerplatePruner {

    /**
     * An element flagged by a weak signal ({@link BoilerplateRules.Verdict#WEAK}: its semantics, role, a form, being
     * hidden, a generic name) is kept when it holds at least this share of the page's paragraph text: such a signal
     * on the story's own wrapper ("page has-sidebar", a form around a whole page, text hidden until a script runs)
     * is overruled by the text. Half: a widget holding most of a page's prose is rarer than an odd wrapper.
     */
    static final double WRAPPER_PARAGRAPH_SHARE = 0.5;

    /**
     * A header holding this much paragraph text is the story's own opening (some pages put the lead, or the whole
     * text, in the article's header element), not page chrome. A page header holds a logo, a menu and perhaps a
     * one-line slogan; 400 characters is about three sentences.
     */
    static final int HEADER_PROSE_CHARS = 400;

    /** The elements to skip when reading the story at this level (an identity set; descendants not listed). */
    public Set<Element> chrome(Element root, PruneLevel level) {
        ChromeVisitor visitor = new ChromeVisitor(level);
        NodeTraversor.traverse(visitor, root);
        Set<Element> chrome = Collections.newSetFromMap(new IdentityHashMap<>());
        int threshold = (int) Math.ceil(WRAPPER_PARAGRAPH_SHARE * visitor.rootParagraphChars);
        for (int i = 0; i < visitor.weak.size(); i++) {
            if (visitor.weakParagraphChars.get(i) < threshold || threshold == 0) {
                chrome.add(visitor.weak.get(i));
            }
        }
        chrome.addAll(visitor.always);
        return chrome;
    }

    /**
     * Sums paragraph text bottom-up and collects what the rules flag, weak signals apart from sure ones. The sums
     * live on a stack indexed by depth (a walk is depth-first, so an element's sum is complete at its tail and then
     * added to its parent's), not in a map: only the flagged elements' sums are kept.
     */
    private static final class ChromeVisitor implements NodeVisitor {
        private final PruneLevel level;
        private final BoilerplateRules.Judge judge = new BoilerplateRules.Judge();
        private final List<Element> weak = new ArrayList<>();
        private final List<Integer> weakParagraphChars = new ArrayList<>();
        private final List<Element> always = new ArrayList<>();
        /** Paragraph characters of the open element at each depth below the root. */
        private int[] sums = new int[64];
        private int rootParagraphChars;
        private int paragraphDepth;

        ChromeVisitor(PruneLevel level) {
            this.level = level;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                if (depth >= sums.length) {
                    sums = Arrays.copyOf(sums, Math.max(depth + 1, sums.length * 2));
                }
                sums[depth] = 0;
                if (element.normalName().equals("p")) {
                    paragraphDepth++;
                }
            } else if (node instanceof TextNode text && paragraphDepth > 0 && depth > 0) {
                sums[depth - 1] += TextNormalizer.trimmedLength(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (tag.equals("p")) {
                paragraphDepth--;
            }
            int own = sums[depth];
            if (depth > 0) {
                sums[depth - 1] += own;
            } else {
                rootParagraphChars = own;
            }
            if (tag.equals("body") || tag.equals("html")) {
                return;
            }
            switch (judge.judge(element, level)) {
                case NEVER_TEXT, COMMENTS -> always.add(element);
                case WEAK -> {
                    boolean storyHeader = tag.equals("header") && own >= HEADER_PROSE_CHARS;
                    if (!storyHeader) {
                        weak.add(element);
                        weakParagraphChars.add(own);
                    }
                }
                case KEEP -> {
                }
            }
        }
    }
}
