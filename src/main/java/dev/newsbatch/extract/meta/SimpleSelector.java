package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A CSS selector list without combinators ({@code "time[datetime], time, abbr[title]"}), compiled once, with what
 * its parts require read from its text, so {@link PageElements} tests it only on elements that can match: a part
 * bound to a tag ({@code "meta[content]"}) matches only that tag's elements, a part that starts with an attribute
 * ({@code "[itemprop=author]"}) only elements that have that attribute. A part that starts with anything else
 * ({@code "*"}, {@code ":has(...)"}) makes the selector test every element.
 *
 * @param tags       the lower-case tags of the parts bound to one
 * @param attributes the lower-case attribute names the other parts require
 * @param anyElement whether a part may match any element, so every element must be tested
 */
record SimpleSelector(String css, Evaluator evaluator, String[] tags, String[] attributes, boolean anyElement) {

    static SimpleSelector of(String css) {
        List<String> tags = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        boolean anyElement = false;
        for (String part : topLevelParts(css)) {
            String p = part.strip();
            String tag = leadingTag(p);
            String attribute = tag == null ? leadingAttribute(p) : null;
            if (tag != null) {
                addOnce(tags, tag);
            } else if (attribute != null) {
                addOnce(attributes, attribute);
            } else {
                anyElement = true;
            }
        }
        return new SimpleSelector(css, QueryParser.parse(css), tags.toArray(new String[0]),
                attributes.toArray(new String[0]), anyElement);
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** The attribute name a part such as {@code [itemprop~=x]} starts with; null for anything else. */
    private static String leadingAttribute(String part) {
        if (!part.startsWith("[")) {
            return null;
        }
        int end = 1;
        while (end < part.length() && "]=~^$*!|".indexOf(part.charAt(end)) < 0) {
            end++;
        }
        String name = part.substring(1, end).strip();
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? null : name.toLowerCase(Locale.ROOT);
    }

    /** The selector's comma-separated parts; commas inside brackets or parentheses (regexes) do not split. */
    private static List<String> topLevelParts(String css) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (depth == 0 && c == ',') {
                parts.add(css.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~') && !css.substring(start, i).isBlank()
                    && i + 1 < css.length() && css.substring(i).strip().charAt(0) != ',') {
                throw new IllegalArgumentException("a combinator is not supported: " + css);
            }
        }
        parts.add(css.substring(start));
        return parts;
    }

    private static String leadingTag(String part) {
        int end = 0;
        while (end < part.length() && (Character.isLetterOrDigit(part.charAt(end)) || part.charAt(end) == '-')) {
            end++;
        }
        return end == 0 || !Character.isLetter(part.charAt(0)) ? null : part.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
