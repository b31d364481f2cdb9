package dev.newsbatch.extract;

import java.util.regex.Pattern;

/** Whitespace and Unicode clean-up shared by every phase: NBSP and exotic spaces to spaces, zero-width marks out. */
public final class TextNormalizer {

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private TextNormalizer() {
    }

    /** The length of the text without leading and trailing white space, without copying it. */
    public static int trimmedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    /**
     * How many words a text has: runs of letters and digits ({@code \p{L}}, {@code \p{N}}), each Chinese or
     * Japanese character (Han, Hiragana, Katakana) counted as a word of its own, since CJK text puts no spaces
     * between words. One pass over the code points, no regular expression: it runs on every paragraph of every page.
     */
    public static int wordCount(String text) {
        return text == null ? 0 : countWords(text, Integer.MAX_VALUE);
    }

    /** Whether the text has at least this many words ({@link #wordCount}), reading only as far as needed. */
    public static boolean hasWords(String text, int words) {
        return text != null && countWords(text, words) >= words;
    }

    private static int countWords(String text, int enough) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < enough; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {   // ASCII: no ideographs, letters and digits by range
                boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (wordChar && !inWord) {
                    words++;
                }
                inWord = wordChar;
            } else if (isIdeographOrKana(c)) {
                words++;
                inWord = false;
            } else if (isLetterOrNumber(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isIdeographOrKana(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether the code point is a letter or a number of any script: regex {@code [\\p{L}\\p{N}]}, without a regex. */
    public static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER)
                || (type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER);
    }

    /**
     * Whether {@link #normalizeLine} would give the text back unchanged: no zero-width mark, no white space but single
     * spaces between other characters, no control character (trimming removes those at the ends).
     */
    private static boolean isNormalLine(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        boolean afterSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
                continue;
            }
            afterSpace = false;
            if (c < ' ' || (c >= 0x80 && (c == 0x00A0 || c == 0x00AD || (c >= 0x2000 && c <= 0x200D) || c == 0x202F
                    || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF))) {
                return false;
            }
        }
        return true;
    }

    /** One line of text: zero-width characters removed, every run of white space one space, trimmed. */
    public static String normalizeLine(String text) {
        if (text == null) {
            return "";
        }
        if (isNormalLine(text)) {
            return text; // most texts need nothing done: two regex replacements per meta tag and byline added up
        }
        String noZeroWidth = ZERO_WIDTH.matcher(text).replaceAll("");
        return SPACES.matcher(noZeroWidth).replaceAll(" ").trim();
    }
}
