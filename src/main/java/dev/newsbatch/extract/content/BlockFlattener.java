package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Flattens a page into {@link TextBlock}s in one walk, skipping pruned elements: text between block-level boundaries
 * becomes one block, whatever inline markup it has. The same walk counts each element's text and link text (for
 * link density) and reads figures into images, so their captions never reach the body.
 */
final class BlockFlattener {

    /** Elements that start a new block of text: a reader sees a line break before and after them. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl",
            "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "caption", "figure", "figcaption", "hr", "address", "center", "form", "fieldset",
            "details", "summary", "body", "html", "header", "footer", "aside", "nav");

    /** How a block's container becomes the block's kind (the minimal HTML tag); anything else is a paragraph. */
    private static final Map<String, String> KIND_BY_TAG = Map.ofEntries(Map.entry("h1", "h1"), Map.entry("h2", "h2"),
            Map.entry("h3", "h3"), Map.entry("h4", "h4"), Map.entry("h5", "h5"), Map.entry("h6", "h6"),
            Map.entry("li", "li"), Map.entry("dd", "li"), Map.entry("dt", "li"), Map.entry("blockquote", "blockquote"),
            Map.entry("pre", "pre"), Map.entry("td", "td"), Map.entry("th", "td"));

    /** Class/id tokens of a photo credit inside a caption. */
    private static final Set<String> CREDIT_TOKENS = Set.of("credit", "copyright", "source", "photographer", "byline");

    PageText flatten(Element root, Set<Element> pruned) {
        Walk walk = new Walk(pruned);
        NodeTraversor.filter(walk, root);
        walk.flush();
        return new PageText(walk.blocks, walk.counts, walk.figures, walk.articles);
    }

    private static final class Walk implements NodeFilter {
        private final Set<Element> pruned;
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Map<Element, int[]> counts = new IdentityHashMap<>();
        private final List<PageText.Figure> figures = new ArrayList<>();
        private final List<Element> articles = new ArrayList<>();
        /** Resolves the figures' image sources against the page's URL, parsed once for the walk. */
        private final LinkTargets targets = new LinkTargets();
        private final Deque<Element> containers = new ArrayDeque<>();
        private final StringBuilder buffer = new StringBuilder();
        /** What the same text's minimal HTML is made of (see {@link BlockMarkup}). */
        private final List<Object> markup = new ArrayList<>();
        private int bufferLinkChars;
        private int linkDepth;
        private int quoteDepth;

        Walk(Set<Element> pruned) {
            this.pruned = pruned;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String chars = text.getWholeText();
                buffer.append(chars);
                markup.add(text);
                int length = TextNormalizer.trimmedLength(chars);
                if (linkDepth > 0) {
                    bufferLinkChars += length;
                }
                if (text.parent() != null) {
                    Element parent = text.parent();
                    int[] c = counts.computeIfAbsent(parent, k -> new int[2]);
                    c[PageText.TEXT] += length;
                    c[PageText.LINK] += linkDepth > 0 ? length : 0;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (pruned.contains(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (tag.equals("figure") || tag.equals("figcaption")) {
                figures.add(new PageText.Figure(image(element, targets), element));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("blockquote")) {
                quoteDepth++;
            } else if (tag.equals("article")) {
                articles.add(element);
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                containers.push(element);
            } else if (tag.equals("br")) {
                buffer.append('\n');   // a line break inside a block; the block stays one paragraph
                markup.add(BlockMarkup.LINE_BREAK);
            }
            if (isLink(element)) {
                linkDepth++;
                markup.add(element);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (isLink(element)) {
                linkDepth--;
                markup.add(new BlockMarkup.LinkEnd(element));
            } else if (tag.equals("blockquote")) {
                quoteDepth--;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!containers.isEmpty() && containers.peek() == element) {
                    containers.pop();
                }
            }
            int[] own = counts.get(element);
            if (own != null && element.parent() != null) {
                int[] up = counts.computeIfAbsent(element.parent(), k -> new int[2]);
                up[PageText.TEXT] += own[PageText.TEXT];
                up[PageText.LINK] += own[PageText.LINK];
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (buffer.length() == 0) {
                markup.clear();
                return;
            }
            String text = BlockText.normalize(buffer);
            buffer.setLength(0);
            BlockMarkup blockMarkup = new BlockMarkup(markup);
            markup.clear();
            int linkChars = bufferLinkChars;
            bufferLinkChars = 0;
            if (text.isEmpty()) {
                return;
            }
            Element container = containers.peek();
            String kind = container == null ? "p" : KIND_BY_TAG.getOrDefault(container.normalName(), "p");
            if (quoteDepth > 0 && kind.equals("p")) {
                kind = "blockquote";   // a paragraph inside a quote is quoted text
            }
            String listTag = null;
            if (kind.equals("li") && container.parent() != null) {
                listTag = container.parent().normalName().equals("ol") ? "ol" : "ul";
            }
            blocks.add(new TextBlock(text, blockMarkup, kind, container, linkChars, listTag));
        }
    }

    /**
     * An anchor that leads somewhere. A named anchor ({@code <a name>} or {@code <a id>} without href) is a bookmark,
     * and an unclosed one can wrap a whole story, which would otherwise count as link text.
     */
    private static boolean isLink(Element element) {
        return element.normalName().equals("a") && element.hasAttr("href");
    }

    /** A figure (or a caption standing alone) as an image: caption text without its credit, the credit, the source. */
    static ArticleImage image(Element figure, LinkTargets targets) {
        Element img = figure.selectFirst(IMG);
        String src = null;
        if (img != null) {
            src = img.hasAttr("src") ? targets.resolve(img, "src") : targets.resolve(img, "data-src");
            if (src.isEmpty()) {
                src = img.attr("src").isEmpty() ? img.attr("data-src") : img.attr("src");
            }
            if (src.isEmpty()) {
                src = null;
            }
        }
        Element caption = figure.normalName().equals("figcaption") ? figure : figure.selectFirst(FIGCAPTION);
        String credit = null;
        String captionText = null;
        if (caption != null) {
            Element creditElement = null;
            for (Element child : caption.getAllElements()) {
                if (child != caption && isCredit(child)) {
                    creditElement = child;
                    break;
                }
            }
            if (creditElement != null) {
                credit = TextNormalizer.normalizeLine(creditElement.text());
                Element copy = caption.clone();
                copy.getAllElements().stream().filter(BlockFlattener::isCredit).findFirst().ifPresent(Element::remove);
                captionText = TextNormalizer.normalizeLine(copy.text());
            } else {
                captionText = TextNormalizer.normalizeLine(caption.text());
            }
        }
        return new ArticleImage(emptyToNull(captionText), emptyToNull(credit), src);
    }

    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    private static boolean isCredit(Element element) {
        String name = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String token : NON_LETTERS.split(name)) {
            if (CREDIT_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
