package dev.newsbatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /** The definition normalizeLine's fast path must agree with: the two replacements and the trim. */
    private static String byDefinition(String text) {
        String noZeroWidth = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]").matcher(text).replaceAll("");
        return Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+").matcher(noZeroWidth)
                .replaceAll(" ").trim();
    }

    @Test
    void normalizeLineAgreesWithItsDefinitionOnMixedWhiteSpaceAndMarks() {
        char[] alphabet = {'a', 'Z', '1', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0001', '\u001F', '\u007F',
                '\u0085', '\u00A0', '\u00AD', '\u1680', '\u2000', '\u2007', '\u200A', '\u200B', '\u200C', '\u200D',
                '\u200E', '\u2028', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF', 'é', '中'};
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            char[] chars = new char[random.nextInt(8)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(chars);
            assertEquals(byDefinition(s), TextNormalizer.normalizeLine(s), () -> s.chars()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }

    /** The definition wordCount's loop must agree with: letter-and-digit runs, each CJK character a word. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    @Test
    void wordCountAgreesWithItsDefinitionOnMixedScripts() {
        String[] alphabet = {"a", "Z", "7", " ", "-", "'", ".", "é", "ß", "中", "文", "ひ", "カ", "ー", "한", "ж",
                "\u0660", "\u00B2", "\u2167", "\u0301", "\uD840\uDC0B", "\uD835\uDC00", "\u00A0", "々", "〇"};
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(10); j > 0; j--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            int expected = (int) WORD.matcher(s).results().count();
            assertEquals(expected, TextNormalizer.wordCount(s), () -> s.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
            assertEquals(expected >= 3, TextNormalizer.hasWords(s, 3), s);
        }
    }
}
