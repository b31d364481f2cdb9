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
}
