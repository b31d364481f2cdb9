package dev.newsbatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a new article can be inserted already linked, and when it must be linked once written. */
class DuplicateLinkerTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2024-03-01T09:00:00Z");
    private static final OffsetDateTime TEN = NINE.plusHours(1);

    @Test
    void aNewCopyJoinsTheEarliestWhenTheGroupAlreadyPointsToIt() {
        List<StoredCopy> group = List.of(new StoredCopy(7, NINE, null), new StoredCopy(9, TEN, 7L),
                new StoredCopy(12, TEN, 7L));
        assertThat(DuplicateLinker.originalToJoin(group, TEN)).isEqualTo(7L);
        assertThat(DuplicateLinker.originalToJoin(group, null)).as("no publish time sorts last").isEqualTo(7L);
        assertThat(DuplicateLinker.originalToJoin(group, NINE))
                .as("a tie of publish times goes to the row stored first, and a new row's id is above the stored ones")
                .isEqualTo(7L);
    }

    @Test
    void anArticleEarlierThanItsCopiesOrAGroupWhoseLinksDisagreeIsLinkedOnceWritten() {
        List<StoredCopy> group = List.of(new StoredCopy(7, NINE, null), new StoredCopy(9, TEN, 7L));
        assertThat(DuplicateLinker.originalToJoin(group, NINE.minusHours(1))).as("it becomes the original").isNull();
        assertThat(DuplicateLinker.originalToJoin(List.of(new StoredCopy(7, null, null)), NINE))
                .as("a publish time beats none").isNull();
        assertThat(DuplicateLinker.originalToJoin(List.of(new StoredCopy(7, NINE, null), new StoredCopy(9, TEN, null)), TEN))
                .as("a copy not linked yet").isNull();
        assertThat(DuplicateLinker.originalToJoin(List.of(new StoredCopy(7, NINE, 3L)), TEN))
                .as("the earliest points elsewhere").isNull();
        assertThat(DuplicateLinker.originalToJoin(List.of(), TEN)).as("no copies: nothing to join").isNull();
    }
}
