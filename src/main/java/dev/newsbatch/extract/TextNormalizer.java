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

    /** One line of text: zero-width characters removed, every run of white space one space, trimmed. */
    public static String normalizeLine(String text) {
        if (text == null) {
            return "";
        }
        String noZeroWidth = ZERO_WIDTH.matcher(text).replaceAll("");
        return SPACES.matcher(noZeroWidth).replaceAll(" ").trim();
    }
}
