package dev.newsbatch.job;

import java.io.PrintStream;
import java.time.Duration;

/** A progress bar redrawn in place on a terminal: done/total, percent, rate, time left, rejected so far. */
final class TerminalProgressBar implements ProgressDisplay {

    private static final int WIDTH = 30;
    /** Redraw at most this often: a terminal cannot show faster changes and redrawing costs time. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private String step;
    private String unit;
    private long total;
    private long startNanos;
    private long lastDrawNanos;

    TerminalProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void started(String step, String unit, long total) {
        this.step = step;
        this.unit = unit;
        this.total = total;
        this.startNanos = System.nanoTime();
        this.lastDrawNanos = 0;
        draw(0, 0);
    }

    @Override
    public void advanced(long done, long rejected) {
        if (System.nanoTime() - lastDrawNanos >= REDRAW_NANOS) {
            draw(done, rejected);
        }
    }

    @Override
    public void finished(long done, long rejected) {
        draw(done, rejected);
        out.println();
        out.flush();
    }

    private void draw(long done, long rejected) {
        lastDrawNanos = System.nanoTime();
        ProgressRate rate = new ProgressRate(done, total, Duration.ofNanos(lastDrawNanos - startNanos));
        StringBuilder line = new StringBuilder("\r").append(step).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%% ", Math.min(100, 100 * done / total)))
                    .append(done).append('/').append(total);
        } else {
            line.append(done);
        }
        line.append(' ').append(unit).append(String.format("  %.0f/s", rate.perSecond()));
        if (total > 0) {
            line.append("  ETA ").append(ProgressRate.format(rate.remaining()));
        }
        line.append("  rejected ").append(rejected).append("   ");
        out.print(line);
        out.flush();
    }
}
