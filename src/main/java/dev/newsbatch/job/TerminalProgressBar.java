package dev.newsbatch.job;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A progress line redrawn in place on a terminal: per running step done/total, percent, rate, time left, rejected so
 * far; steps running at once share the line. A finished step's last state stays on a line of its own.
 */
final class TerminalProgressBar implements ProgressDisplay {

    private static final int WIDTH = 30;
    /** Redraw at most this often: a terminal cannot show faster changes and redrawing costs time. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final Map<String, StepProgress> running = new LinkedHashMap<>();
    private long lastDrawNanos;
    private int lastLength;

    TerminalProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void started(String step, String unit, long total) {
        running.put(step, new StepProgress(step, unit, total));
        redraw();
    }

    @Override
    public synchronized void advanced(String step, long done, long rejected) {
        StepProgress progress = running.get(step);
        if (progress != null) {
            progress.update(done, rejected);
            if (System.nanoTime() - lastDrawNanos >= REDRAW_NANOS) {
                redraw();
            }
        }
    }

    @Override
    public synchronized void finished(String step, long done, long rejected) {
        StepProgress progress = running.remove(step);
        if (progress == null) {
            return;
        }
        progress.update(done, rejected);
        long now = System.nanoTime();
        print(describe(progress, now));
        out.println();
        lastLength = 0;
        if (!running.isEmpty()) {
            redraw();
        }
        out.flush();
    }

    private void redraw() {
        lastDrawNanos = System.nanoTime();
        StringBuilder line = new StringBuilder();
        for (StepProgress progress : running.values()) {
            line.append(line.isEmpty() ? "" : " | ").append(describe(progress, lastDrawNanos));
        }
        print(line.toString());
        out.flush();
    }

    /** Overwrites the current line, blanking what a longer previous line left. */
    private void print(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
    }

    private static String describe(StepProgress progress, long nowNanos) {
        ProgressRate rate = progress.rate(nowNanos);
        StringBuilder line = new StringBuilder(progress.step).append(' ');
        long total = progress.total;
        long done = progress.done;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%% ", Math.min(100, 100 * done / total)))
                    .append(done).append('/').append(total);
        } else {
            line.append(done);
        }
        line.append(' ').append(progress.unit).append(String.format("  %.0f/s", rate.perSecond()));
        if (total > 0) {
            line.append("  ETA ").append(ProgressRate.format(rate.remaining()));
        }
        return line.append("  rejected ").append(progress.rejected).toString();
    }
}
