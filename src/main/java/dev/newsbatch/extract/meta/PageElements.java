package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * A page's elements in document order, walked once for all the metadata chains. Each chain used to select from the
 * document on its own (meta tags, JSON-LD scripts, h1s, bylines, time elements, date lines...): a dozen walks of the
 * whole tree per page, each costing about as much as a tenth of jsoup's parse. Here the tree is walked once; a
 * selection by tag reads that tag's list, and a selection by class or id tests only the elements that have one,
 * against their lower-cased names computed once. The metadata chains never change the document, so the index stays
 * true while they run. One instance per page; not thread-safe.
 */
final class PageElements {

    private final Document doc;
    private final Element[] all;
    /** Positions in {@link #all} of each tag's elements. */
    private final Map<String, Positions> byTag = new HashMap<>();
    /** Positions in {@link #all} of the elements having an attribute, listed for a name when a selector first asks. */
    private final Map<String, Positions> byAttribute = new HashMap<>();
    /**
     * The attributes the metadata selectors start with (microdata and RDFa properties), listed during the walk:
     * touching every element again later for each costs more than the test while the walk has it at hand.
     */
    private static final String[] LISTED_DURING_WALK = {"itemprop", "property"};
    /** Positions in {@link #all} of the elements with a class or an id. */
    private final int[] namedAt;
    /**
     * Their lower-cased class and id, parallel to {@link #namedAt}; read on the first selection by name. Kept apart,
     * not joined: most names are lower case already, and then reading them allocates nothing.
     */
    private String[] classes;
    private String[] ids;
    /**
     * The character pairs each of them holds, as bits (see {@link #pairBits}): a word whose pairs are not all there
     * is not in the name, which rules out most names with one test instead of a substring search per word.
     */
    private long[] namePairs;

    private PageElements(Document doc) {
        this.doc = doc;
        List<Element> elements = new ArrayList<>();
        Positions[] listed = new Positions[LISTED_DURING_WALK.length];
        for (int k = 0; k < listed.length; k++) {
            listed[k] = new Positions();
            byAttribute.put(LISTED_DURING_WALK[k], listed[k]);
        }
        int[] named = new int[64];
        int namedCount = 0;
        // depth first, without recursion (a page may nest a hundred thousand divs) and without jsoup's node
        // iterator, which costs more than the walk itself
        Element e = doc;
        while (e != null) {
            // the parser lower-cases attribute names, so exact lookups do (hasAttr compares ignoring case, per call)
            if (e.attributesSize() > 0) {
                Attributes attributes = e.attributes();
                if (attributes.hasKey("class") || attributes.hasKey("id")) {
                    if (namedCount == named.length) {
                        named = java.util.Arrays.copyOf(named, namedCount * 2);
                    }
                    named[namedCount++] = elements.size();
                }
                for (int k = 0; k < listed.length; k++) {
                    if (attributes.hasKey(LISTED_DURING_WALK[k])) {
                        listed[k].add(elements.size());
                    }
                }
            }
            byTag.computeIfAbsent(e.normalName(), t -> new Positions()).add(elements.size());
            elements.add(e);
            e = next(e, doc);
        }
        this.all = elements.toArray(new Element[0]);
        this.namedAt = java.util.Arrays.copyOf(named, namedCount);
    }

    /** The element after {@code e} in document order within {@code root}, or null. */
    private static Element next(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = e; at != root && at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private void readNames() {
        if (classes == null) {
            classes = new String[namedAt.length];
            ids = new String[namedAt.length];
            namePairs = new long[namedAt.length];
            for (int i = 0; i < namedAt.length; i++) {
                Attributes attributes = all[namedAt[i]].attributes();
                classes[i] = attributes.get("class").toLowerCase(Locale.ROOT);
                ids[i] = attributes.get("id").toLowerCase(Locale.ROOT);
                namePairs[i] = pairBits(classes[i]) | pairBits(ids[i]);
            }
        }
    }

    static PageElements of(Document doc) {
        return new PageElements(doc);
    }

    Document doc() {
        return doc;
    }

    /** Every element, the document itself first, in document order. */
    Element[] all() {
        return all;
    }

    /** The elements of one tag (a normal, lower-case name), in document order; empty if none. */
    List<Element> withTag(String tag) {
        Positions positions = byTag.get(tag);
        if (positions == null) {
            return List.of();
        }
        List<Element> out = new ArrayList<>(positions.size);
        for (int i = 0; i < positions.size; i++) {
            out.add(all[positions.at[i]]);
        }
        return out;
    }

    /** {@code doc.select(selector)}, testing only the elements of the selector's tags. */
    Elements select(SimpleSelector selector) {
        return matching(selector, Integer.MAX_VALUE);
    }

    /** {@code doc.selectFirst(selector)}, testing only the elements of the selector's tags. */
    Element selectFirst(SimpleSelector selector) {
        Elements first = matching(selector, 1);
        return first.isEmpty() ? null : first.get(0);
    }

    private Elements matching(SimpleSelector selector, int limit) {
        Elements out = new Elements();
        Evaluator evaluator = selector.evaluator();
        if (selector.anyElement()) {
            for (Element e : all) {
                if (evaluator.matches(doc, e) && out.add(e) && out.size() == limit) {
                    break;
                }
            }
            return out;
        }
        for (int at : candidates(selector)) {
            if (evaluator.matches(doc, all[at]) && out.add(all[at]) && out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /** The positions, in document order, of the elements having one of the selector's tags or attributes. */
    private int[] candidates(SimpleSelector selector) {
        List<Positions> lists = new ArrayList<>();
        for (String tag : selector.tags()) {
            Positions positions = byTag.get(tag);
            if (positions != null) {
                lists.add(positions);
            }
        }
        for (String attribute : selector.attributes()) {
            lists.add(byAttribute.computeIfAbsent(attribute, this::havingAttribute));
        }
        int total = 0;
        for (Positions positions : lists) {
            total += positions.size;
        }
        int[] merged = new int[total];
        int n = 0;
        for (Positions positions : lists) {
            System.arraycopy(positions.at, 0, merged, n, positions.size);
            n += positions.size;
        }
        if (lists.size() > 1) {
            java.util.Arrays.sort(merged);
            merged = distinct(merged);
        }
        return merged;
    }

    private Positions havingAttribute(String name) {
        Positions positions = new Positions();
        for (int i = 0; i < all.length; i++) {
            if (all[i].attributesSize() > 0 && all[i].attributes().hasKey(name)) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** The sorted values without repeats (an element with two of the selector's attributes is listed twice). */
    private static int[] distinct(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, n);
    }

    /** A growable list of positions in {@link #all}, in increasing order. */
    private static final class Positions {
        private int[] at = new int[8];
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }
    }

    /**
     * The elements whose lower-cased class or id contains one of {@code words}, or whose tag is one of {@code tags},
     * and that pass {@code exact}, in document order: {@code doc.select(exact)} where every element {@code exact}
     * matches has one of those words or tags, without running {@code exact} (often a case-insensitive regex over the
     * class) on every element.
     *
     * @param words lower-case words
     */
    Elements named(String[] words, String[] tags, Predicate<Element> exact) {
        Elements out = new Elements();
        readNames();
        long[] wordPairs = new long[words.length];
        for (int w = 0; w < words.length; w++) {
            wordPairs[w] = pairBits(words[w]);
        }
        if (tags.length == 0) {
            for (int i = 0; i < namedAt.length; i++) {
                if (nameContainsAny(i, words, wordPairs) && exact.test(all[namedAt[i]])) {
                    out.add(all[namedAt[i]]);
                }
            }
            return out;
        }
        int next = 0; // the next named element, walked in step with all
        for (int i = 0; i < all.length; i++) {
            boolean hasName = next < namedAt.length && namedAt[next] == i;
            Element e = all[i];
            boolean candidate = hasName && nameContainsAny(next, words, wordPairs) || isOneOf(e.normalName(), tags);
            if (hasName) {
                next++;
            }
            if (candidate && exact.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** As {@link #named(String[], String[], Predicate)} with a selector as the exact test. */
    Elements named(Evaluator exact, String[] words, String... tags) {
        return named(words, tags, e -> exact.matches(doc, e));
    }

    /** Whether the i-th named element's class or id contains one of the words (which hold no space). */
    private boolean nameContainsAny(int i, String[] words, long[] wordPairs) {
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if ((namePairs[i] & wordPairs[w]) == wordPairs[w] && (classes[i].contains(word) || ids[i].contains(word))) {
                return true;
            }
        }
        return false;
    }

    /** Each pair of adjacent characters of the text as one of 64 bits: a text holding a word holds its pairs' bits. */
    static long pairBits(String text) {
        long bits = 0;
        for (int i = 1; i < text.length(); i++) {
            bits |= 1L << ((text.charAt(i - 1) * 31 + text.charAt(i)) & 63);
        }
        return bits;
    }

    private static boolean isOneOf(String tag, String[] tags) {
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
