package dev.newsbatch.extract;

import java.util.regex.Pattern;

/** Whitespace and Unicode clean-up shared by every phase: NBSP and exotic spaces to spaces, zero-width marks out. */
public final class TextNormalizer {

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    /** A word: a run of letters and digits, or a single ideograph or kana, since CJK text puts no spaces between words. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    private TextNormalizer() {
    }

    /** How many words a text has, counting each Chinese or Japanese character as one. */
    public static int wordCount(String text) {
        return text == null ? 0 : (int) WORD.matcher(text).results().count();
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
