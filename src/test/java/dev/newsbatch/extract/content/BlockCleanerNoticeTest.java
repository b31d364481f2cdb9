package dev.newsbatch.extract.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A paragraph that opens with a notice to the reader (subscribe, sign up) is no story paragraph. */
class BlockCleanerNoticeTest {

    @Test
    void aNoticeCountsOnlyNearTheStart() {
        assertThat(BlockCleaner.opensWithNotice("Subscribe to our newsletter for more stories like this one.")).isTrue();
        assertThat(BlockCleaner.opensWithNotice("x".repeat(98) + " Abonnieren Sie jetzt")).isTrue();
        assertThat(BlockCleaner.opensWithNotice("y".repeat(120) + " subscribe")).isFalse();
        assertThat(BlockCleaner.opensWithNotice("The subscriber count grew, unsubscribed users")).isTrue();
        assertThat(BlockCleaner.opensWithNotice("Nothing for the reader to do in this sentence.")).isFalse();
        assertThat(BlockCleaner.opensWithNotice("unsubscribe")).isFalse();
    }

    /** The reference: the first {@link BlockCleaner#READER_NOTICE} match anywhere, starting before the offset. */
    @Test
    void agreesWithTheFirstMatchAnywhere() {
        String[] parts = {"subscribe", "Abonnieren", "abonnierte", "sign up", "ü", "x", "xx ", " ", "-", ".",
                "lesen sie", "word ", "Ünete", "_", "1"};
        Random random = new Random(11);
        int notices = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 60 + random.nextInt(300)) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            Matcher cue = BlockCleaner.READER_NOTICE.matcher(text);
            boolean expected = text.length() <= BlockCleaner.MAX_TAIL_NOTICE_CHARS && cue.find()
                    && cue.start() < BlockCleaner.MAX_NOTICE_CUE_OFFSET;
            notices += expected ? 1 : 0;
            assertThat(BlockCleaner.opensWithNotice(text.toString())).as("in \"%s\"", text).isEqualTo(expected);
        }
        assertThat(notices).as("the sample holds both kinds").isBetween(1_000, 19_000);
    }
}
