package dev.newsbatch.extract.prune;

/**
 * How much the pruner removes. Extraction starts {@link #STRICT} and escalates to {@link #RELAXED} when the strict
 * pass leaves too little of a story (the same escalation trafilatura and Readability do).
 */
public enum PruneLevel {
    /** Everything that looks like chrome: markup semantics, ARIA roles, hidden elements and class/id tokens. */
    STRICT,
    /** Only what is never text of a story: scripts, styles, forms' controls, embedded objects, hidden elements. */
    RELAXED
}
