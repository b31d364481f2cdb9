package dev.newsbatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

public class TextFingerprintTest {

    /** A wire story of ordinary length. */
    public static final String STORY = """
            The city council voted on Tuesday to close the old harbour bridge to lorries from next month, after engineers warned that two of its cables had corroded faster than expected.

            The decision follows a report which found rust on the anchor blocks at both ends of the bridge, which was opened in 1971 and carries about 20,000 vehicles a day.

            Cars, buses and bicycles will still be allowed to cross, but lorries heavier than 7.5 tonnes will have to take a 40-minute detour around the estuary until repairs are finished.

            Local businesses on the northern approach road said they feared losing trade. "Half of our deliveries come over that bridge," said Aileen Marsh, who runs a bakery near the toll gate.

            The council said the repairs would cost about 48 million pounds and take six months, and that it had asked the national government to pay for part of the work.

            A public meeting on the closure will be held at the town hall next Thursday, where engineers will answer questions from residents and business owners.
            """;

    /** The same story as another outlet ran it: a sentence rewritten, a paragraph cut, a few words changed. */
    public static final String EDITED_COPY = """
            The city council voted on Tuesday to close the old harbour bridge to lorries from next month, after engineers warned that two of its cables had corroded faster than expected.

            The decision follows a report which found rust on the anchor blocks at both ends of the bridge, which opened in 1971 and now carries some 20,000 vehicles a day.

            Cars, buses and bicycles will still be allowed to cross, but lorries heavier than 7.5 tonnes will have to take a 40-minute detour around the estuary until repairs are finished.

            Local businesses on the northern approach road said they feared losing trade. "Half of our deliveries come over that bridge," said Aileen Marsh, who runs a bakery near the toll gate.

            The council said the repairs would cost about 48 million pounds and take six months, and that it had asked the national government to pay for part of the work.
            """;

    /** A different story on the same topic, with many of the same words. */
    public static final String SAME_TOPIC = """
            Engineers began work on Monday to replace the corroded cables of the old harbour bridge, a month after the city council closed it to lorries.

            The work, which is expected to take six months and cost about 48 million pounds, will be done at night so that cars and buses can keep crossing during the day.

            Residents at a packed meeting in the town hall last week asked why the rust on the anchor blocks had not been found in earlier surveys of the bridge.

            The council said the national government had agreed to pay for half of the repairs, and that the weight limit for lorries would stay until the summer.

            Bakery owner Aileen Marsh said trade had fallen since the closure, with deliveries taking a long detour around the estuary.
            """;

    @Test
    void theSameWordsWithOtherSpacingCaseAndAccentsHashTheSame() {
        TextFingerprint a = TextFingerprint.of("Café  opens on the Quay.\n\nIt serves tea.");
        TextFingerprint b = TextFingerprint.of("cafe opens on the quay - it serves TEA");
        assertThat(a.normalizedHash()).isEqualTo(b.normalizedHash());
        assertThat(a.simhash()).isEqualTo(b.simhash());
        assertThat(TextFingerprint.of("Cafe closes on the quay").normalizedHash()).isNotEqualTo(a.normalizedHash());
    }

    @Test
    void anEditedCopyIsNearAndADifferentStoryOnTheSameTopicIsFar() {
        long story = TextFingerprint.of(STORY).simhash();
        int toCopy = TextFingerprint.distance(story, TextFingerprint.of(EDITED_COPY).simhash());
        int toOther = TextFingerprint.distance(story, TextFingerprint.of(SAME_TOPIC).simhash());
        assertThat(toCopy).isLessThanOrEqualTo(TextFingerprint.MAX_NEAR_DUPLICATE_DISTANCE);
        assertThat(toOther).isGreaterThan(TextFingerprint.MAX_NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void anEditedCopySharesParagraphHashesButShortLinesAreNotHashed() {
        TextFingerprint story = TextFingerprint.of(STORY);
        TextFingerprint copy = TextFingerprint.of(EDITED_COPY);
        assertThat(Arrays.stream(copy.paragraphHashes()).filter(h -> Arrays.stream(story.paragraphHashes()).anyMatch(s -> s == h)))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(TextFingerprint.of("Reporting by Jane Doe\n\nEditing by John Roe").paragraphHashes()).isEmpty();
        assertThat(story.isCopyOf(copy.normalizedHash(), copy.simhash())).isTrue();
        TextFingerprint other = TextFingerprint.of(SAME_TOPIC);
        assertThat(story.isCopyOf(other.normalizedHash(), other.simhash())).isFalse();
    }

    @Test
    void aCopyInTheSameChunkIsFoundAsTheStoredCopiesLookupWouldFindIt() {
        TextFingerprint story = TextFingerprint.of(STORY);
        assertThat(story.findsCopy(TextFingerprint.of(STORY.toUpperCase(java.util.Locale.ROOT))))
                .as("the same words").isTrue();
        assertThat(story.findsCopy(TextFingerprint.of(EDITED_COPY))).as("shared paragraphs, near SimHash").isTrue();
        assertThat(story.findsCopy(TextFingerprint.of(SAME_TOPIC))).as("another story on the topic").isFalse();
        // near in SimHash terms but with no paragraph in common: the lookup, which takes candidates by shared text or
        // paragraph, would not find it either
        TextFingerprint unshared = new TextFingerprint("other", story.simhash(), new long[] {1, 2, 3});
        assertThat(story.findsCopy(unshared)).isFalse();
        TextFingerprint shared = new TextFingerprint("other", story.simhash() ^ 0b111, new long[] {story.paragraphHashes()[0]});
        assertThat(story.findsCopy(shared)).isTrue();
    }

    /**
     * Fingerprints are stored with every article and compared with those of articles cleaned years later: a change in
     * how they are computed would hide copies. These values were computed by the first implementation; any rewrite
     * must give them bit for bit, across scripts, case rules (Greek final sigma, Turkish dotted I), marks, numbers of
     * every kind and characters outside the basic plane.
     */
    @Test
    void fingerprintsStayTheSameAsStoredOnes() {
        assertStored("Café au lait — the CAFÉ's new menu, 2024!\n\nΟ ΚΟΣΜΟΣ ΤΟΥ ΣΟΦΟΣ και ο δρόμος της πόλης είναι "
                + "ανοιχτός ξανά σήμερα", "61c132dc98c044689389223f7142ab557563c53342e1987e5318629b319d6f84",
                8382749946284736936L, 3295117566318257762L, 7787824202402691186L);
        assertStored("İstanbul'da İSTİKLAL Caddesi yeniden açıldı ve binlerce kişi bayramı kutladı bu hafta sonu",
                "fdd47a392135ae7b4f1e6acde9c952f7b0d205eb0eae18800e53f68444ac1da9", -2869623943577270263L,
                4009819103878838394L);
        assertStored("東京 2020 五輪 の 開会式 は 延期 された が 選手 たち は 準備 を 続けて いる",
                "a967588d453e4c7442c8822bd87c7c2d886b06f67003e3dc88038a1746221fcd", 726303228243161242L,
                -5039140773445693651L);
        assertStored("Emoji 😀 test with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters and ½ fractions and ١٢٣ digits in the paragraph text here",
                "a45775779014a74196e4f19078ef0b448dc99b3fdd8f5ea5b3489a7c6808f0da", 5025631423249257227L,
                841371623184024861L);
        assertStored("short\n\nA second paragraph that is long enough to be hashed on its own right here now.",
                "a2feafd7865c04f3cb2f8a50265ff2f18640db61cb91b4d0c2711a52f9ee8f32", -8170726496186318466L,
                9170968454310575984L);
        assertStored("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", -1388729422223754158L);
    }

    private static void assertStored(String text, String normalizedHash, long simhash, long... paragraphHashes) {
        TextFingerprint f = TextFingerprint.of(text);
        org.junit.jupiter.api.Assertions.assertEquals(normalizedHash, f.normalizedHash(), text);
        org.junit.jupiter.api.Assertions.assertEquals(simhash, f.simhash(), text);
        org.junit.jupiter.api.Assertions.assertArrayEquals(paragraphHashes, f.paragraphHashes(), text);
    }
}
