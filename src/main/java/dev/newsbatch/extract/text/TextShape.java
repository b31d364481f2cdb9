package dev.newsbatch.extract.text;

import java.util.regex.Pattern;

/** Measures of a line's shape that the classification rules share: words, sentence ending, letter case. */
final class TextShape {

    /** A run of letters or digits, with the apostrophes inside words ("People's", "we'll" are one word each). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    /** Han, kana: scripts written without spaces between words. */
    private static final Pattern UNSPACED_CHAR = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    /** Chinese and Japanese words average about two characters, so two such characters count as one word. */
    static final int UNSPACED_CHARS_PER_WORD = 2;
    /** A sentence ends in . ! ? … (or their full-width forms), perhaps followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*$");

    private TextShape() {
    }

    static int wordCount(String text) {
        String spaced = UNSPACED_CHAR.matcher(text).replaceAll(" ");
        long unspaced = (text.length() - UNSPACED_CHAR.matcher(text).replaceAll("").length());
        return (int) (WORD.matcher(spaced).results().count() + unspaced / UNSPACED_CHARS_PER_WORD);
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
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
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }
}
