package dev.newsbatch.extract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A point in time a page states (published or modified), with how much of it the page really said.
 *
 * @param value       the time with its offset; for {@link Precision#DAY} the start of that day in the zone used
 * @param precision   how much of the value the page gave
 * @param zoneAssumed true where the page gave no zone and none came from the job definition, so UTC was assumed
 * @param raw         the text it was read from
 */
public record PublishedTime(OffsetDateTime value, Precision precision, boolean zoneAssumed, String raw) {

    public enum Precision { DAY, MINUTE, SECOND }

    public PublishedTime {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
    }

    /**
     * ISO-8601: the date alone for day precision (so it is not mistaken for midnight), else date, time with seconds
     * and offset, "2019-01-03T17:21:00+08:00" ({@code OffsetDateTime.toString()} would drop ":00" seconds).
     */
    public String iso() {
        return precision == Precision.DAY ? value.toLocalDate().toString()
                : value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
