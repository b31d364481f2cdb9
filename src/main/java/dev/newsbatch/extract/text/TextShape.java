package dev.newsbatch.extract.text;


/** Measures of a line's shape that the classification rules share: words, sentence ending, letter case. */
final class TextShape {

    /** Chinese and Japanese words average about two characters, so two such characters count as one word. */
    static final int UNSPACED_CHARS_PER_WORD = 2;
    /** A sentence ends in one of these (or their full-width forms)... */
    private static final String SENTENCE_ENDINGS = ".!?…。！？";
    /** ...perhaps followed by closing quotes and brackets. */
    private static final String CLOSERS = "\"'”’»)]";

    private TextShape() {
    }

    /**
     * Words: runs of letters or digits, an apostrophe inside a run joining it ("People's" is one word); Han and kana,
     * written without spaces, count one word per {@link #UNSPACED_CHARS_PER_WORD} characters. One pass, no regex:
     * every line of every dump is measured, some of them megabytes long.
     */
    static int wordCount(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isUnspacedScript(c)) {
                unspaced++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else if (inWord && (c == '\'' || c == '’') && i < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i))) {
                continue; // "People's": the apostrophe keeps the word going
            } else {
                inWord = false;
            }
        }
        return words + unspaced / UNSPACED_CHARS_PER_WORD;
    }

    /** Below U+2E80 (the CJK radicals) no character is Han or kana; the script lookup is skipped for them. */
    private static final int FIRST_CJK_CODE_POINT = 0x2E80;

    private static boolean isUnspacedScript(int c) {
        if (c < FIRST_CJK_CODE_POINT) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    static boolean endsSentence(String text) {
        int end = text.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && SENTENCE_ENDINGS.indexOf(text.charAt(end)) >= 0;
    }

    /** True when the text has letters and none of them is lower case: "CHINA DAILY NEWS". */
    static boolean isAllCaps(String text, int minLetters) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                letters++;
            }
        }
        return letters >= minLetters;
    }

    /** Letters and digits only, lower case: two lines that say the same words compare equal, whatever their quotes,
     *  punctuation and spacing. */
    static String comparisonKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
