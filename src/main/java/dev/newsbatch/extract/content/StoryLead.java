package dev.newsbatch.extract.content;

import dev.newsbatch.extract.prune.NameTokens;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The story's lead (standfirst, deck, summary) when it stands between the headline and the story's container: pages
 * put it in the article's header, in an element named "teaser", "excerpt" or "intro", or in a subheading, all of
 * which pruning takes for chrome, so the container chosen below it misses it. What lies between the headline and
 * the story is read with relaxed pruning, and the prose in it is the lead; labels (bylines, dates, reading times)
 * and link lists are not. Thread-safe.
 */
final class StoryLead {

    /**
     * The region between the headline and the story holds a lead, a byline, a date, share buttons and an image; more
     * elements than this, or more text than {@link #MAX_REGION_CHARS}, means the h1 is not the story's headline (a
     * logo above the page's menus) and nothing is taken.
     */
    static final int MAX_REGION_ELEMENTS = 12;
    static final int MAX_REGION_CHARS = 1500;

    /**
     * A lead is an opening paragraph: at least this long, and with few links. A one-line deck under the headline (a
     * subtitle, most under 160 characters) restates the story as its description does and is left out, as the
     * scrapinghub gold leaves it out; a lead paragraph of two or three sentences (the German "Vorspann", a Spanish
     * "bajada") opens the story, and the trafilatura gold keeps it. Measured on both corpora: 60 added every deck
     * (scrapinghub f1 -0.003), 170 keeps nearly all the opening paragraphs and almost no deck.
     */
    static final int MIN_LEAD_CHARS = 170;
    static final double MAX_LEAD_LINK_DENSITY = 0.2;
    /**
     * A lead is prose: it does not end on an exclamation mark, as calls to buy, join or try do, and letters make up at least this share of its visible characters. Date and source lines
     * ("Published Tue, Nov 19 2019 7:05 AM EST") fall below it; sentences, even with a figure or two, are above 0.9.
     */
    static final double MIN_LEAD_LETTER_SHARE = 0.8;
    /** At most this many blocks: a deck and a summary paragraph, not a second story. */
    static final int MAX_LEAD_BLOCKS = 2;

    /**
     * Class/id tokens of a lead ("article-teaser", "entry-excerpt", "story-intro"): pruning takes teasers and excerpts
     * for related-story boxes, but between the headline and the story they are its lead.
     */
    static final Set<String> LEAD_TOKENS = Set.of("teaser", "excerpt", "intro", "lead", "standfirst", "deck",
            "summary", "subtitle", "subheadline");

    private final BlockFlattener flattener = new BlockFlattener();

    /**
     * The lead's blocks in document order, or none: read between the page's headline and the element of the story's
     * first block; {@code pruned} is what the pass pruned (an article's header and lead-named elements are read
     * despite it).
     */
    List<TextBlock> find(Set<Element> pruned, List<TextBlock> story) {
        if (story.isEmpty() || story.get(0).container() == null) {
            return List.of();
        }
        Element first = story.get(0).container();
        Element headline = headlineBefore(first);
        if (headline == null) {
            return List.of();
        }
        Set<Element> firstAndAncestors = withAncestors(first);
        List<Element> region = regionBetween(headline, first, firstAndAncestors);
        if (region == null || region.isEmpty()) {
            return List.of();
        }
        int regionChars = 0;
        for (Element element : region) {
            regionChars += element.text().length();
            if (regionChars > MAX_REGION_CHARS) {
                return List.of();
            }
        }
        Set<Element> prunedOutsideLead = new LeadExceptions(pruned);
        List<TextBlock> lead = new ArrayList<>();
        for (Element root : region) {
            if (isInside(root, prunedOutsideLead, firstAndAncestors)) {
                continue;
            }
            for (TextBlock block : flattener.flatten(root, prunedOutsideLead).blocks()) {
                if (isLead(block) && !isRepeated(block, story)) {
                    lead.add(block);
                }
            }
        }
        return lead.size() > MAX_LEAD_BLOCKS ? List.of() : lead;
    }

    /** Whether the element or an ancestor below the common ancestor with the story is pruned. */
    private static boolean isInside(Element element, Set<Element> pruned, Set<Element> firstAndAncestors) {
        for (Element e = element; e != null && !firstAndAncestors.contains(e); e = e.parent()) {
            if (pruned.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** The pass's pruned elements less the article headers and lead-named elements; only {@code contains} is used. */
    private static final class LeadExceptions extends AbstractSet<Element> {
        private final Set<Element> pruned;

        LeadExceptions(Set<Element> pruned) {
            this.pruned = pruned;
        }

        @Override
        public boolean contains(Object o) {
            return pruned.contains(o) && !(o instanceof Element element && isLeadHolder(element));
        }

        @Override
        public Iterator<Element> iterator() {
            throw new UnsupportedOperationException("membership only");
        }

        @Override
        public int size() {
            throw new UnsupportedOperationException("membership only");
        }
    }

    private static boolean isLeadHolder(Element element) {
        if (element.normalName().equals("header")) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        for (String token : NameTokens.of(element.className() + " " + element.id())) {
            if (LEAD_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLead(TextBlock block) {
        String text = block.text();
        return (block.kind().equals("p") || block.isHeading()) && !block.kind().equals("h1")
                && text.length() >= MIN_LEAD_CHARS && block.linkDensity() <= MAX_LEAD_LINK_DENSITY
                && !text.contains(" | ") && letterShare(text) >= MIN_LEAD_LETTER_SHARE
                && !text.endsWith("!") && !BlockCleaner.addressesReader(text) && !isCaption(block.container());
    }

    /** Pages that repeat the lead as the story's first paragraph (or open the story with it) keep one copy. */
    private static boolean isRepeated(TextBlock block, List<TextBlock> story) {
        for (TextBlock paragraph : story) {
            if (paragraph.text().contains(block.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text beside an image is its caption or credit, not a lead: the block's element holds an image, or follows
     * one that has no text of its own.
     */
    private static boolean isCaption(Element container) {
        if (container == null) {
            return false;   // text loose in an inline element: nothing around it to tell
        }
        if (!container.getElementsByTag("img").isEmpty()) {
            return true;
        }
        Element previous = container.previousElementSibling();
        return previous != null && !previous.getElementsByTag("img").isEmpty() && !previous.hasText();
    }

    /** The share of letters among the characters that are not white space. */
    private static double letterShare(String text) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }

    /**
     * The page's h1 nearest before the story's first block in document order: the last h1 in the elements before
     * the block, its parent, and so on up; read backwards, so only what lies between the headline and the story is
     * walked. Null when there is none, or the block's element holds the headline itself.
     */
    private static Element headlineBefore(Element first) {
        if (first.normalName().equals("h1") || first.getElementsByTag("h1").size() > 0) {
            return null;
        }
        for (Element e = first; e != null; e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null;
                    sibling = sibling.previousElementSibling()) {
                if (sibling.normalName().equals("h1")) {
                    return sibling;
                }
                Elements inside = sibling.getElementsByTag("h1");
                if (!inside.isEmpty()) {
                    return inside.last();
                }
            }
        }
        return null;
    }

    /**
     * The elements after the headline and before the story's container, as the largest subtrees that hold neither:
     * the headline's following siblings, then its ancestors' following siblings, descending into the one that holds
     * the container. Null when there are more than {@link #MAX_REGION_ELEMENTS}.
     */
    private static List<Element> regionBetween(Element headline, Element first, Set<Element> firstAndAncestors) {
        List<Element> region = new ArrayList<>();
        Element current = headline;
        while (current != null) {
            Element next = current.nextElementSibling();
            while (next == null) {
                current = current.parent();
                if (current == null) {
                    return null;
                }
                next = current.nextElementSibling();
            }
            // descend into the sibling that holds the container, down to the container itself
            while (next != null && next != first && firstAndAncestors.contains(next)) {
                next = next.firstElementChild();
            }
            if (next == null) {
                return null;
            }
            if (next == first) {
                return region;
            }
            region.add(next);
            if (region.size() > MAX_REGION_ELEMENTS) {
                return null;
            }
            current = next;
        }
        return null;
    }

    private static Set<Element> withAncestors(Element element) {
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = element; e != null; e = e.parent()) {
            set.add(e);
        }
        return set;
    }
}

