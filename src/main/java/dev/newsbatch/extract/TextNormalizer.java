package dev.newsbatch.extract;

import java.util.regex.Pattern;

/** Whitespace and Unicode clean-up shared by every phase: NBSP and exotic spaces to spaces, zero-width marks out. */
public final class TextNormalizer {

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    /** Below this code point no character is Han, Hiragana or Katakana (the CJK blocks start at U+2E80). */
    private static final int FIRST_CJK = 0x2E80;

    private TextNormalizer() {
    }

    /**
     * How many words a text has: runs of letters and digits, each Chinese or Japanese character (Han, Hiragana,
     * Katakana) counting as one word of its own, since those scripts put no spaces between words. One pass without a
     * regex: every article's body is counted, and the regex's script look-ups cost more than the rest of the clean.
     */
    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= FIRST_CJK && isCjk(c)) {
                words++;
                inWord = false;
            } else if (isLetterOrNumber(c)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Unicode's L and N categories, as the regex classes \p{L} and \p{N} have them. */
    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
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
