package dev.newsbatch.extract.content;

import java.text.Normalizer;

/**
 * The text clean-up of {@link dev.newsbatch.extract.TextNormalizer#normalizeLine} (zero-width marks out, every run of
 * white space including NBSP and the Unicode spaces one space, trimmed) plus normal form C, and HTML escaping, each
 * in one pass without regular expressions: they run on every block and every text node of every page.
 */
final class BlockText {

    private BlockText() {
    }

    /** Below this code point every character is already in Unicode normal form C, so the check can be skipped. */
    private static final char FIRST_NOT_NFC_STABLE = '\u0300';

    /**
     * Same result as {@code TextNormalizer.normalizeLine}, then Unicode normal form C: pages mix precomposed and
     * decomposed letters (Bengali, Vietnamese, Devanagari), and one form makes equal text compare equal.
     */
    static String normalize(CharSequence text) {
        int length = text.length();
        char[] chars = new char[length];
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, length, chars, 0);   // bulk copy; the walk's buffers are StringBuilders
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        // compacts in place: the write position never passes the read position
        int out = 0;
        boolean pendingSpace = false;
        boolean mayNeedNfc = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out > 0;
                continue;
            }
            if (pendingSpace) {
                chars[out++] = ' ';
                pendingSpace = false;
            }
            chars[out++] = c;
            mayNeedNfc |= c >= FIRST_NOT_NFC_STABLE;
        }
        String result = new String(chars, 0, out);
        return mayNeedNfc ? Normalizer.normalize(result, Normalizer.Form.NFC) : result;
    }

    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Appends text escaped for HTML element content (and without the link-target mark, which text never holds). */
    static void appendEscaped(StringBuilder out, String text) {
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        out.append(text, 0, first);   // most text has nothing to escape: one bulk copy
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case BlockMarkup.LINK_TARGET -> {
                }
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == BlockMarkup.LINK_TARGET;
    }
}
