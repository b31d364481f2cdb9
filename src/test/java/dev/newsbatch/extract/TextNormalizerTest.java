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
}
