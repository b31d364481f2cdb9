package dev.newsbatch.extract.meta;

import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * Selections by class and id names, made cheap. Selectors like {@code [class~=(?i)byline|author|writer]} run a
 * case-insensitive regex alternation over every element's class; on a large page that was most of the metadata
 * phase. Here the exact selector runs only on elements whose lower-cased class or id contains one of the selector's
 * words, a test every element it could match passes, so the selection is the same. Thread-safe (stateless).
 */
final class NamedElements {

    private NamedElements() {
    }

    /**
     * {@code root.select(exact)}, testing {@code exact} only on elements whose class or id (lower-cased) contains one
     * of {@code words}, or whose tag is one of {@code tags}. {@code exact} must hold no structural part (a
     * combinator): those keep per-selection state that only {@code select} resets.
     *
     * @param words lower-case words, at least one of which every element {@code exact} matches has in its class or id
     */
    static Elements select(Element root, Evaluator exact, String[] words, String... tags) {
        return select(root, words, tags, e -> exact.matches(root, e));
    }

    /** As {@link #select(Element, Evaluator, String[], String...)}, with the exact test given as a predicate. */
    static Elements select(Element root, String[] words, String[] tags, Predicate<Element> exact) {
        Elements out = new Elements();
        root.stream().forEach(e -> {
            if ((isOneOf(e.normalName(), tags) || named(e, words)) && exact.test(e)) {
                out.add(e);
            }
        });
        return out;
    }

    private static boolean isOneOf(String tag, String[] tags) {
        for (String t : tags) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Element e, String[] words) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String names = (e.attr("class") + " " + e.attr("id")).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
