package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds whole words of a fixed list in text, ignoring case ("Published", "VERÖFFENTLICHT"): a listed word not
 * preceded or followed by a letter. Does what a case-insensitive regex alternation with letter lookarounds does,
 * but looks at the words only where a word starts with one of their first letters, instead of trying the
 * alternation at every position: it scans up to tens of thousands of characters of a page's text. Immutable.
 */
final class WordFinder {

    /** The words by their first letter, case-folded: ASCII letters in an array, the others in a map. */
    private final String[][] byAsciiLetter = new String[128][];
    private final Map<Character, String[]> byOtherLetter = new HashMap<>();

    WordFinder(List<String> words) {
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String word : words) {
            grouped.computeIfAbsent(fold(word.charAt(0)), c -> new ArrayList<>()).add(word);
        }
        grouped.forEach((first, list) -> {
            if (first < 128) {
                byAsciiLetter[first] = list.toArray(new String[0]);
            } else {
                byOtherLetter.put(first, list.toArray(new String[0]));
            }
        });
    }

    /** Where the first whole listed word at or after {@code from} ends, or -1 where there is none. */
    int nextEnd(String text, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            char first = fold(text.charAt(i));
            String[] candidates = first < 128 ? byAsciiLetter[first] : byOtherLetter.get(first);
            if (candidates == null) {
                continue;
            }
            for (String word : candidates) {
                int end = i + word.length();
                if (text.regionMatches(true, i, word, 0, word.length())
                        && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
