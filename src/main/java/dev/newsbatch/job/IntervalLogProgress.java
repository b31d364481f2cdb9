package dev.newsbatch.job;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One progress line in the log at a fixed interval, for output that is not a terminal (cron mail, CI, journald). */
final class IntervalLogProgress implements ProgressDisplay {

    private static final Logger LOG = LoggerFactory.getLogger("dev.newsbatch.progress");

    private final Duration interval;
    private String step;
    private String unit;
    private long total;
    private long startNanos;
    private long lastLineNanos;

    IntervalLogProgress(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void started(String step, String unit, long total) {
        this.step = step;
        this.unit = unit;
        this.total = total;
        this.startNanos = System.nanoTime();
        this.lastLineNanos = startNanos;
        LOG.info("{}: started, {} {} to do", step, total < 0 ? "unknown number of" : total, unit);
    }

    @Override
    public void advanced(long done, long rejected) {
        long now = System.nanoTime();
        if (now - lastLineNanos >= interval.toNanos()) {
            lastLineNanos = now;
            ProgressRate rate = new ProgressRate(done, total, Duration.ofNanos(now - startNanos));
            LOG.info("{}: {}{} {} done, {} rejected, {} {}/s, ETA {}", step, done, total < 0 ? "" : "/" + total, unit,
                    rejected, String.format("%.0f", rate.perSecond()), unit, ProgressRate.format(rate.remaining()));
        }
    }

    @Override
    public void finished(long done, long rejected) {
        LOG.info("{}: finished, {} {} done, {} rejected", step, done, unit, rejected);
    }
}
