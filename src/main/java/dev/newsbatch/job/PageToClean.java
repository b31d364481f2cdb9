package dev.newsbatch.job;

/**
 * A stored page the clean step is to clean: its id, and the size of its body, which tells how much of the heap cleaning
 * it takes before its bytes are loaded (see {@link CleaningMemory}).
 */
record PageToClean(long id, long bodyBytes) {
}
