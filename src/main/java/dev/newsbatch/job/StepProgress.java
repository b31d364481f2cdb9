package dev.newsbatch.job;

import java.time.Duration;

/** One step's progress as the displays keep it: what it processes, how much, since when. */
final class StepProgress {

    final String step;
    final String unit;
    final long total;
    final long startNanos;
    long done;
    long rejected;
    /** When this step was last shown, for displays that show at most so often. */
    long shownNanos;

    StepProgress(String step, String unit, long total) {
        this.step = step;
        this.unit = unit;
        this.total = total;
        this.startNanos = System.nanoTime();
    }

    void update(long done, long rejected) {
        this.done = done;
        this.rejected = rejected;
    }

    ProgressRate rate(long nowNanos) {
        return new ProgressRate(done, total, Duration.ofNanos(nowNanos - startNanos));
    }
}
