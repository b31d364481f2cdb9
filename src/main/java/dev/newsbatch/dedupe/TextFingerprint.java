package dev.newsbatch.dedupe;

import dev.newsbatch.page.RawPage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fingerprints of a story's text for finding copies: an exact hash of the normalized words (the same story with other
 * chrome, other spacing, other quotes) and a 64-bit SimHash over word shingles, whose Hamming distance stays small for
 * a lightly edited copy and is large for a different story. Thread-safe, pure.
 *
 * @param normalizedHash  SHA-256 of the lower-cased words joined by single spaces
 * @param simhash         Charikar's SimHash of the 3-word shingles
 * @param paragraphHashes a 64-bit hash of each paragraph long enough to be the story's own (normalized as above): a
 *                        copy shares some of them exactly, which an index finds fast
 */
public record TextFingerprint(String normalizedHash, long simhash, long[] paragraphHashes) {

    /** Words per shingle: three keeps word order in the fingerprint without letting one edit change too many shingles. */
    static final int SHINGLE_WORDS = 3;
    /**
     * A copy differs in at most this many of the 64 bits. Measured on an edited copy of a 300-word news story: a
     * rewritten sentence moved the fingerprint 8 bits, a cut closing paragraph 5, both together 11; a different story
     * on the same topic and with the same names sat at 30, and unrelated texts sit around 32 (half the bits).
     */
    public static final int MAX_NEAR_DUPLICATE_DISTANCE = 12;
    /** Paragraphs shorter than this ("Reporting by ...", "Read more") are shared by unrelated stories: not hashed. */
    static final int MIN_HASHED_PARAGRAPH_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The fingerprint of a body given as paragraphs. */
    public static TextFingerprint of(List<String> paragraphs) {
        List<String> words = new ArrayList<>();
        List<Long> paragraphHashes = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> paragraphWords = words(paragraph);
            words.addAll(paragraphWords);
            if (paragraphWords.size() >= MIN_HASHED_PARAGRAPH_WORDS) {
                paragraphHashes.add(fnv1a64(String.join(" ", paragraphWords)));
            }
        }
        return new TextFingerprint(RawPage.sha256Hex(String.join(" ", words)), simhash(words),
                paragraphHashes.stream().distinct().mapToLong(Long::longValue).toArray());
    }

    /** The fingerprint of a text whose paragraphs are separated by blank lines. */
    public static TextFingerprint of(String text) {
        return of(List.of(text.split("\\n\\s*\\n")));
    }

    /** Whether two fingerprints are copies of one story: the same words, or a SimHash within the distance. */
    public boolean isCopyOf(String otherNormalizedHash, long otherSimhash) {
        return normalizedHash.equals(otherNormalizedHash) || distance(simhash, otherSimhash) <= MAX_NEAR_DUPLICATE_DISTANCE;
    }

    /** Lower-cased words with accents folded, so "Café" and "cafe" count as one word. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static long simhash(List<String> words) {
        int[] weights = new int[64];
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS)));
            long hash = fnv1a64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** FNV-1a, then a final mix: fast, well spread over all 64 bits, and the same in every JVM. */
    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

}
