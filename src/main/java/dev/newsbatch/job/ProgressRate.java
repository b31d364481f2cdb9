package dev.newsbatch.job;

import java.time.Duration;

/** Rate and time left of a step, from what it has done since it started. */
record ProgressRate(long done, long total, Duration elapsed) {

    double perSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** The estimated time left, or null when it cannot be told yet. */
    Duration remaining() {
        double rate = perSecond();
        if (total < 0 || rate <= 0) {
            return null;
        }
        return Duration.ofSeconds(Math.round(Math.max(0, total - done) / rate));
    }

    static String format(Duration duration) {
        if (duration == null) {
            return "?";
        }
        long s = duration.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
