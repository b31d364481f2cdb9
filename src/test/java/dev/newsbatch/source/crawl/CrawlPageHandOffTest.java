package dev.newsbatch.source.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.page.UnreadablePage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hand-off lets a crawler thread go on only once its page is stored, and never leaves one waiting forever. */
class CrawlPageHandOffTest {

    private static final UnreadablePage PAGE = new UnreadablePage("http://a/1", "http://a/1", "http_404", "");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PageHandOff handOff = new PageHandOff();

    @Test
    void aCrawlerThreadWaitsUntilItsBatchIsStored() throws Exception {
        CompletableFuture<Boolean> delivered = CompletableFuture.supplyAsync(() -> handOff.deliverAndWait(PAGE));
        PageHandOff.Batch batch = handOff.take(10, WAIT);
        assertThat(batch.reads()).containsExactly(PAGE);
        assertThat(delivered).isNotDone();

        batch.stored();

        assertThat(delivered.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailedBatchReleasesItsThreadsWithFalse() throws Exception {
        CompletableFuture<Boolean> delivered = CompletableFuture.supplyAsync(() -> handOff.deliverAndWait(PAGE));
        handOff.take(10, WAIT).failed(new IllegalStateException("rolled back"));
        assertThat(delivered.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void closingReleasesThreadsWhosePagesWereNeverTaken() throws Exception {
        CompletableFuture<Boolean> delivered = CompletableFuture.supplyAsync(() -> handOff.deliverAndWait(PAGE));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handOff.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // until the page is queued
        }
        assertThat(handOff.isEmpty()).as("the page was queued").isFalse();
        handOff.close();
        assertThat(delivered.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(handOff.deliverAndWait(PAGE)).as("after close").isFalse();
    }

    @Test
    void postedFailuresNeedNoStoringToReturnAndABatchTakesAtMostItsSize() throws Exception {
        for (int i = 0; i < 5; i++) {
            handOff.post(PAGE);
        }
        assertThat(handOff.take(3, WAIT).reads()).hasSize(3);
        assertThat(handOff.take(3, WAIT).reads()).hasSize(2);
        assertThat(handOff.take(3, Duration.ofMillis(10)).isEmpty()).isTrue();
    }
}
