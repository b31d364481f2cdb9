package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CleaningMemoryTest {

    @Test
    void pagesThatFitTheShareTogetherAreCleanedAtOnce() throws Exception {
        CleaningMemory memory = new CleaningMemory(100);
        memory.acquire(40);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> acquire(memory, 60));
        second.get(5, TimeUnit.SECONDS); // would time out if it waited
    }

    @Test
    void aPageThatDoesNotFitBesideThoseBeingCleanedWaitsUntilTheyAreDone() throws Exception {
        CleaningMemory memory = new CleaningMemory(100);
        memory.acquire(60);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> acquire(memory, 50));
        Thread.sleep(300);
        assertThat(waiting).isNotDone();

        memory.release(60);
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aPageLargerThanTheShareIsCleanedAloneAndTheNextWaitsForIt() throws Exception {
        CleaningMemory memory = new CleaningMemory(100);
        memory.acquire(500); // nothing else is being cleaned: it goes on, alone
        CompletableFuture<Void> small = CompletableFuture.runAsync(() -> acquire(memory, 1));
        Thread.sleep(300);
        assertThat(small).isNotDone();

        memory.release(500);
        small.get(5, TimeUnit.SECONDS);
    }

    private static void acquire(CleaningMemory memory, long bytes) {
        try {
            memory.acquire(bytes);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
