package dev.newsbatch.job;

/**
 * Where a step's progress goes: a live bar on a terminal, a line at a fixed interval in the log (cron, CI), or nowhere
 * ({@code --quiet}). Called from the step's thread only.
 */
public interface ProgressDisplay {

    /** A step starts; {@code total} is what it will process, or -1 when that is not known. */
    void started(String step, String unit, long total);

    /** After each chunk: how many items are done and how many of them were rejected, so far. */
    void advanced(long done, long rejected);

    /** The step ended. */
    void finished(long done, long rejected);

    /** Shows nothing. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public void started(String step, String unit, long total) {
        }

        @Override
        public void advanced(long done, long rejected) {
        }

        @Override
        public void finished(long done, long rejected) {
        }
    };
}
