package dev.newsbatch.extract;

import java.util.regex.Pattern;

/** Whitespace and Unicode clean-up shared by every phase: NBSP and exotic spaces to spaces, zero-width marks out. */
public final class TextNormalizer {

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private TextNormalizer() {
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
