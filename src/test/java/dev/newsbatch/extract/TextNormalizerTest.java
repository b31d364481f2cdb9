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

    /** The definition wordCount's loop must agree with: a Han or kana character alone, else a run of letters/numbers. */
    private static final Pattern WORD_BY_DEFINITION = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    @Test
    void wordCountAgreesWithItsDefinitionAcrossScripts() {
        int[] alphabet = {'a', 'Z', '7', ' ', '-', '\'', '.', 'é', 'ß', 'Ж', 'ع', '٣', '²', '½', 'Ⅻ', 'ǅ', 'ʰ',
                '中', '国', 'の', 'ア', 'ｱ', '々', '〇', 'ー', '한', 'ก', '\u0301', '\u00A0', '\u3000', 0x20000, 0x1F600,
                0x1B001, 0x2F00, 0x31F0, 0x1D7CE};
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(10); j > 0; j--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(WORD_BY_DEFINITION.matcher(s).results().count(), TextNormalizer.wordCount(s), () -> s.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }

    @Test
    void wordCountCountsEachChineseCharacterAsAWord() {
        assertEquals(4, TextNormalizer.wordCount("Xi visited 2 cities"));
        assertEquals(4 + 2, TextNormalizer.wordCount("北京欢迎 you, friends"));
        assertEquals(0, TextNormalizer.wordCount(null));
    }
}
