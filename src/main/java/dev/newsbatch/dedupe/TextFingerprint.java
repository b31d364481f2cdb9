package dev.newsbatch.dedupe;

import dev.newsbatch.extract.TextNormalizer;
import dev.newsbatch.page.RawPage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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


    /** The fingerprint of a body given as paragraphs. */
    public static TextFingerprint of(List<String> paragraphs) {
        List<String> words = new ArrayList<>();
        List<byte[]> encoded = new ArrayList<>();
        List<Long> paragraphHashes = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> paragraphWords = words(paragraph);
            byte[][] paragraphUtf8 = utf8(paragraphWords);
            words.addAll(paragraphWords);
            encoded.addAll(List.of(paragraphUtf8));
            if (paragraphWords.size() >= MIN_HASHED_PARAGRAPH_WORDS) {
                paragraphHashes.add(hashOfWords(paragraphUtf8, 0, paragraphUtf8.length));
            }
        }
        return new TextFingerprint(RawPage.sha256Hex(String.join(" ", words)), simhash(encoded.toArray(new byte[0][])),
                paragraphHashes.stream().distinct().mapToLong(Long::longValue).toArray());
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /** The fingerprint of a text whose paragraphs are separated by blank lines. */
    public static TextFingerprint of(String text) {
        return of(List.of(PARAGRAPH_BREAK.split(text)));
    }

    /** Whether two fingerprints are copies of one story: the same words, or a SimHash within the distance. */
    public boolean isCopyOf(String otherNormalizedHash, long otherSimhash) {
        return normalizedHash.equals(otherNormalizedHash) || distance(simhash, otherSimhash) <= MAX_NEAR_DUPLICATE_DISTANCE;
    }

    /**
     * Whether the other story is a copy of this one as a lookup among stored articles finds it: the same text, or a
     * paragraph in common and a SimHash within the distance.
     */
    public boolean findsCopy(TextFingerprint other) {
        return normalizedHash.equals(other.normalizedHash)
                || sharesParagraph(other) && distance(simhash, other.simhash) <= MAX_NEAR_DUPLICATE_DISTANCE;
    }

    private boolean sharesParagraph(TextFingerprint other) {
        for (long hash : paragraphHashes) {
            for (long otherHash : other.paragraphHashes) {
                if (hash == otherHash) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Lower-cased words with accents folded, so "Café" and "cafe" count as one word: the text in decomposed form
     * without its combining marks ({@code \\p{M}}), lower-cased, cut into runs of letters and digits
     * ({@code \\p{L}\\p{N}}). One pass each, no regular expression: it runs on every cleaned page.
     */
    static List<String> words(String text) {
        String folded = withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean word = TextNormalizer.isLetterOrNumber(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /** The text without combining marks; every mark is at U+0300 or above, so most Latin text is returned as is. */
    private static String withoutMarks(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) < '\u0300') {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isMark(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Charikar's SimHash of the 3-word shingles of the words, given as their UTF-8 bytes. */
    static long simhash(byte[][] utf8) {
        int[] weights = new int[64];
        int shingles = Math.max(1, utf8.length - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            long hash = hashOfWords(utf8, i, Math.min(utf8.length, i + SHINGLE_WORDS));
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

    /** Each word's UTF-8 bytes, encoded once: a word is part of up to three shingles and of its paragraph's hash. */
    private static byte[][] utf8(List<String> words) {
        byte[][] bytes = new byte[words.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /**
     * FNV-1a of the UTF-8 words from {@code from} (inclusive) to {@code to} joined by single spaces, without joining
     * them, then {@link #mix}: fast, well spread over all 64 bits, and the same in every JVM.
     */
    private static long hashOfWords(byte[][] words, int from, int to) {
        long hash = FNV_OFFSET;
        for (int w = from; w < to; w++) {
            if (w > from) {
                hash = (hash ^ ' ') * FNV_PRIME;
            }
            for (byte b : words[w]) {
                hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
            }
        }
        return mix(hash);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The final mix after FNV-1a (the finalizer of MurmurHash3): every input bit moves every output bit. */
    private static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

}
