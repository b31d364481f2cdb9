package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A CSS selector list without combinators ({@code "time[datetime], time, abbr[title]"}), compiled once, with the tags
 * its parts are bound to read from its text, so {@link PageElements} tests it only on elements of those tags. A part
 * without a tag ({@code "[itemprop=author]"}) makes the selector test every element.
 *
 * @param tags the lower-case tags every matched element has one of; empty when any element may match
 */
record SimpleSelector(String css, Evaluator evaluator, String[] tags) {

    static SimpleSelector of(String css) {
        List<String> tags = new ArrayList<>();
        boolean anyTag = false;
        for (String part : topLevelParts(css)) {
            String tag = leadingTag(part.strip());
            if (tag == null) {
                anyTag = true;
            } else if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return new SimpleSelector(css, QueryParser.parse(css), anyTag ? new String[0] : tags.toArray(new String[0]));
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
