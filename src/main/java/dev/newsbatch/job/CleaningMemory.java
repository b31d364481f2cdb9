package dev.newsbatch.job;

/**
 * Lets the cleaning threads work on pages at once only while the pages' bodies add up to a share of the heap. Cleaning
 * a page takes about ten times its size (its bytes, their text, the parsed tree, the story's blocks), so a few
 * threads on huge pages at once would exhaust the heap; on pages of common sizes the share is never reached and no
 * thread waits. A page larger than the share is cleaned alone, once the pages being cleaned are done.
 */
final class CleaningMemory {

    /** The share of the heap the bodies being cleaned may take: 16 MiB of a 512 MiB heap, one page at the size limit. */
    static long shareOf(long maxHeap) {
        return maxHeap / 32;
    }

    private final long share;
    private long inUse;

    CleaningMemory(long share) {
        this.share = share;
    }

    /** Waits until a page of this size may be cleaned, and counts it; {@link #release} it when done. */
    synchronized void acquire(long bodyBytes) throws InterruptedException {
        while (inUse > 0 && inUse + bodyBytes > share) {
            wait();
        }
        inUse += bodyBytes;
    }

    synchronized void release(long bodyBytes) {
        inUse -= bodyBytes;
        notifyAll();
    }
}
