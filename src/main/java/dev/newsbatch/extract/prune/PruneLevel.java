package dev.newsbatch.extract.prune;

/**
 * How much the pruner removes. Extraction starts {@link #STRICT} and escalates to {@link #RELAXED} when the strict
 * pass leaves too little of a story (the same escalation trafilatura and Readability do).
 */
public enum PruneLevel {
    /** Everything that looks like chrome: markup semantics, ARIA roles, hidden elements and class/id tokens. */
    STRICT,
    /**
     * Only what is never text of a story: scripts, styles, form controls, embedded objects, comment threads, and
     * hidden elements (unless they hold most of the page's prose); page semantics, roles and names are ignored.
     */
    RELAXED
}
