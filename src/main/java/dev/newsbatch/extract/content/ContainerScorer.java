package dev.newsbatch.extract.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.newsbatch.extract.prune.NameTokens;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the story, Readability's way: every paragraph-like block gives points (for its
 * length and commas) to the elements around it, fading with distance; an element's score is scaled down by its
 * link density; markup semantics and class/id tokens add weak bonuses. The winner then grows to the ancestor that
 * holds the whole story (while what an ancestor adds is mostly prose), and siblings that look like more of the story
 * join it.
 */
final class ContainerScorer {

    // --- which blocks vote, and how much ---
    /** Blocks shorter than this are captions, labels or buttons, not prose; they give no points (Readability: 25). */
    static final int MIN_VOTING_CHARS = 25;
    /** Points per this many characters of a block, capped at {@link #MAX_LENGTH_POINTS} (Readability's values). */
    static final int CHARS_PER_POINT = 100;
    static final int MAX_LENGTH_POINTS = 3;
    /** How many ancestors above the block's own container receive its points; the n-th gets 1/(n*3) (level 1: 1/2). */
    static final int VOTED_ANCESTORS = 4;
    /** Block kinds that vote: prose, not headings or list items (lists of links would otherwise win). */
    static final Set<String> VOTING_KINDS = Set.of("p", "pre", "td", "blockquote");

    // --- weak bonuses of the container itself ---
    /** A container named like a story ("article-body", "entry-content") or a widget ("sidebar", "comments"). */
    static final int NAME_BONUS = 25;
    /** Markup that says "this is the story": article, main, schema.org articleBody, ARIA main. */
    static final int SEMANTIC_BONUS = 25;
    static final Set<String> POSITIVE_NAME_TOKENS = Set.of("article", "body", "content", "entry", "hentry", "main",
            "page", "post", "text", "blog", "story", "articlebody", "storybody", "prose", "richtext");
    static final Set<String> NEGATIVE_NAME_TOKENS = Set.of("comment", "comments", "footer", "footnote", "masthead",
            "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
            "sponsor", "shopping", "tags", "tool", "widget", "banner", "combx", "contact", "hidden");

    // --- siblings that join the winner ---
    /** A sibling joins when it scores at least this share of the winner (Readability: 0.2) and at least 10 points. */
    static final double SIBLING_SHARE = 0.2;
    static final double MIN_SIBLING_SCORE = 10;
    /** A paragraph beside the winner joins when longer than this and linking less than the prose limit (Readability). */
    static final int MIN_SIBLING_PARAGRAPH_CHARS = 80;

    /** Candidates within this share of the best that sit under one ancestor move the choice up to that ancestor. */
    static final double ALTERNATIVE_SHARE = 0.75;
    static final int MIN_ALTERNATIVES = 3;

    // --- growing the winner to the ancestor that holds the whole story ---
    /** A prose block links less than this share of its text (Readability's sibling rule uses 0.25). */
    static final double MAX_PROSE_LINK_DENSITY = 0.25;
    /**
     * The winner grows to its parent when what the parent adds is at least this share prose: a story broken into
     * sections by figures, ads or pull-outs is one story, while a parent that adds mostly headlines, labels and
     * link lists is the page around it. Tried 0.4-0.8 on the development corpora; 0.75 kept precision.
     */
    static final double MIN_ADDED_PROSE_SHARE = 0.75;
    /** Prose is summed up this many ancestors at most, which keeps absurdly deep pages linear. */
    static final int MAX_PROSE_DEPTH = 200;

    /**
     * What was chosen: the winning element, and the elements holding the story in document order (the winner and
     * the siblings that join it).
     */
    record Selection(Element top, List<Element> containers) {
    }

    /** The story's containers, or null when no block voted. */
    Selection select(PageText page) {
        // insertion-ordered (jsoup elements hash by identity), so that ties are broken by document order and the
        // same page always gives the same result
        Map<Element, Double> scores = new LinkedHashMap<>();
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (TextBlock block : page.blocks()) {
            if (isProse(block)) {
                Element e = block.container();
                for (int level = 0; e != null && level < MAX_PROSE_DEPTH; level++, e = e.parent()) {
                    prose.merge(e, block.text().length(), Integer::sum);
                }
            }
            if (!VOTING_KINDS.contains(block.kind()) || block.text().length() < MIN_VOTING_CHARS) {
                continue;
            }
            double points = 1 + commas(block.text())
                    + Math.min(block.text().length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            // the block's own element gets full points too: a story written as text loose in one div wins as that div
            Element ancestor = block.container();
            for (int level = 0; ancestor != null && level <= VOTED_ANCESTORS; level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, points * share, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return null;
        }
        Map<Element, Double> finals = new LinkedHashMap<>();
        scores.forEach((element, score) -> finals.put(element,
                (score + initialScore(element)) * (1 - page.linkDensity(element))));
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(finals.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        top = climbToSharedAncestor(top, topScore, ranked);
        top = growWhileParentAddsProse(top, page, prose);
        return new Selection(top, withSiblings(top, finals.getOrDefault(top, topScore), finals, page));
    }

    /** Stories split into several boxes: when the runners-up sit under one ancestor of the winner, take that. */
    private static Element climbToSharedAncestor(Element top, double topScore, List<Map.Entry<Element, Double>> ranked) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
            if (ranked.get(i).getValue() >= ALTERNATIVE_SHARE * topScore) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body");
                ancestor = ancestor.parent()) {
            int contained = 0;
            for (Element alternative : alternatives) {
                if (isAncestor(ancestor, alternative)) {
                    contained++;
                }
            }
            if (contained >= MIN_ALTERNATIVES) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * Grows the winner while its parent adds text that is mostly prose (or no text at all: wrapping layers), so
     * that a story split into sections or chunks is taken whole, and its siblings are then judged at that level.
     */
    private static Element growWhileParentAddsProse(Element top, PageText page, Map<Element, Integer> prose) {
        Element current = top;
        while (current.parent() != null && !current.parent().normalName().equals("body")) {
            Element parent = current.parent();
            int addedText = page.textChars(parent) - page.textChars(current);
            int addedProse = prose.getOrDefault(parent, 0) - prose.getOrDefault(current, 0);
            if (addedText > 0 && addedProse < MIN_ADDED_PROSE_SHARE * addedText) {
                break;
            }
            current = parent;
        }
        return current;
    }

    private static boolean isProse(TextBlock block) {
        return VOTING_KINDS.contains(block.kind()) && block.text().length() >= MIN_VOTING_CHARS
                && block.linkDensity() < MAX_PROSE_LINK_DENSITY;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> finals,
            PageText page) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double score = finals.getOrDefault(sibling, 0.0);
            if (score >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int length = page.textChars(sibling);
                double density = page.linkDensity(sibling);
                if ((length > MIN_SIBLING_PARAGRAPH_CHARS && density < MAX_PROSE_LINK_DENSITY)
                        || (length > 0 && density == 0 && sibling.text().endsWith("."))) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (element.normalName().equals("article") || element.normalName().equals("main")
                || element.attr("itemprop").equalsIgnoreCase("articleBody")
                || element.attr("role").equalsIgnoreCase("main")) {
            score += SEMANTIC_BONUS;
        }
        String name = element.attr("class") + " " + element.id();
        if (!name.isBlank()) {
            boolean positive = false;
            boolean negative = false;
            for (String token : NameTokens.of(name)) {
                positive |= POSITIVE_NAME_TOKENS.contains(token);
                negative |= NEGATIVE_NAME_TOKENS.contains(token);
            }
            score += (positive ? NAME_BONUS : 0) - (negative ? NAME_BONUS : 0);
        }
        return score;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
