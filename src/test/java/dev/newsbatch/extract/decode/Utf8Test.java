package dev.newsbatch.extract.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void textInManyScriptsIsValid() {
        String text = "<p>Grüße, café, Ελληνικά, русский, 中文新闻, العربية, 😀 and plain ASCII</p>";
        assertThat(Utf8.isValid(text.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.isValid(new byte[0])).isTrue();
    }

    @Test
    void otherCharsetsAndMalformedSequencesAreNot() {
        assertThat(Utf8.isValid("café".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(Utf8.isValid(bytes(0xC3))).as("truncated at the end").isFalse();
        assertThat(Utf8.isValid(bytes(0xC0, 0xAF))).as("overlong slash").isFalse();
        assertThat(Utf8.isValid(bytes(0xE0, 0x80, 0xAF))).as("overlong three-byte form").isFalse();
        assertThat(Utf8.isValid(bytes(0xED, 0xA0, 0x80))).as("encoded surrogate").isFalse();
        assertThat(Utf8.isValid(bytes(0xF4, 0x90, 0x80, 0x80))).as("past U+10FFFF").isFalse();
        assertThat(Utf8.isValid(bytes(0x80))).as("stray continuation byte").isFalse();
        assertThat(Utf8.isValid(bytes(0xF0, 0x9F, 0x98, 0x80))).as("U+1F600").isTrue();
        assertThat(Utf8.isValid(bytes(0xEF, 0xBF, 0xBD))).as("U+FFFD written by the page").isTrue();
    }

    /** The JDK's strict decoder is the reference: random byte strings, biased to UTF-8's lead and trail bytes. */
    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(42);
        int[] pool = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        int valid = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) pool[random.nextInt(pool.length)];
            }
            boolean expected = strictlyDecodes(b);
            valid += expected ? 1 : 0;
            assertThat(Utf8.isValid(b)).as("bytes %s", java.util.Arrays.toString(b)).isEqualTo(expected);
        }
        assertThat(valid).as("the sample holds valid strings too").isGreaterThan(1000);
    }

    /** Longer strings: runs of ASCII (read eight bytes at a time) broken by other bytes at every offset. */
    @Test
    void agreesWithTheStrictDecoderAcrossAsciiRuns() {
        Random random = new Random(43);
        byte[][] pieces = {"é".getBytes(StandardCharsets.UTF_8), "中".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFF}};
        int valid = 0;
        for (int round = 0; round < 50_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int part = random.nextInt(5); part >= 0; part--) {
                String ascii = "abcdefghijklmnopqrstuvwxyz".substring(0, random.nextInt(20));
                out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
                if (random.nextInt(3) > 0) {
                    out.writeBytes(pieces[random.nextInt(pieces.length)]);
                }
            }
            byte[] b = out.toByteArray();
            boolean expected = strictlyDecodes(b);
            valid += expected ? 1 : 0;
            assertThat(Utf8.isValid(b)).as("bytes %s", java.util.Arrays.toString(b)).isEqualTo(expected);
        }
        assertThat(valid).as("the sample holds both kinds").isBetween(5_000, 45_000);
    }

    private static boolean strictlyDecodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
