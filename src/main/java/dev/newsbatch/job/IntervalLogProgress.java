package dev.newsbatch.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One progress line per running step in the log at a fixed interval, for output that is not a terminal (cron mail,
 * CI, journald).
 */
final class IntervalLogProgress implements ProgressDisplay {

    private static final Logger LOG = LoggerFactory.getLogger("dev.newsbatch.progress");

    private final Duration interval;
    private final Map<String, StepProgress> running = new ConcurrentHashMap<>();

    IntervalLogProgress(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void started(String step, String unit, long total) {
        StepProgress progress = new StepProgress(step, unit, total);
        progress.shownNanos = progress.startNanos;
        running.put(step, progress);
        LOG.info("{}: started, {} {} to do", step, total < 0 ? "unknown number of" : total, unit);
    }

    @Override
    public void advanced(String step, long done, long rejected) {
        StepProgress progress = running.get(step);
        long now = System.nanoTime();
        if (progress == null || now - progress.shownNanos < interval.toNanos()) {
            return;
        }
        progress.shownNanos = now;
        progress.update(done, rejected);
        ProgressRate rate = progress.rate(now);
        long total = progress.total;
        LOG.info("{}: {}{} {} done, {} rejected, {} {}/s, ETA {}", step, done, total < 0 ? "" : "/" + total,
                progress.unit, rejected, String.format("%.0f", rate.perSecond()), progress.unit,
                ProgressRate.format(rate.remaining()));
    }

    @Override
    public void finished(String step, long done, long rejected) {
        StepProgress progress = running.remove(step);
        LOG.info("{}: finished, {} {} done, {} rejected", step, done, progress == null ? "" : progress.unit, rejected);
    }
}
