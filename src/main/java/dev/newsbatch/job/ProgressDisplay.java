package dev.newsbatch.job;

/**
 * Where the steps' progress goes: a live bar on a terminal, a line at a fixed interval in the log (cron, CI), or
 * nowhere ({@code --quiet}). Two steps may run at once (an import cleans what it has stored while it reads on), each
 * calling from its own thread, so implementations are thread-safe and keep each step's progress apart.
 */
public interface ProgressDisplay {

    /** A step starts; {@code total} is what it will process, or -1 when that is not known. */
    void started(String step, String unit, long total);

    /** After each chunk of a step: how many items are done and how many of them were rejected, so far. */
    void advanced(String step, long done, long rejected);

    /** The step ended. */
    void finished(String step, long done, long rejected);

    /** Shows nothing. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public void started(String step, String unit, long total) {
        }

        @Override
        public void advanced(String step, long done, long rejected) {
        }

        @Override
        public void finished(String step, long done, long rejected) {
        }
    };
}
