package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.PublishedTime.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date or timestamp out of a piece of text. A time with an offset keeps it; a local time takes the zone the
 * source's job definition gives, or else UTC marked as assumed. Thread-safe.
 */
public final class DateTextParser {

    /** ISO-like "2019-01-03", "2019-01-03 17:21", "2019-01-03T17:21:05+08:00", "2019/01/03 17:21". */
    private static final Pattern ISO_LIKE = Pattern.compile(
            "(?<y>(?:19|20)\\d\\d)[-/.](?<mo>\\d{1,2})[-/.](?<d>\\d{1,2})"
                    + "(?:[T ](?<h>\\d{1,2}):(?<mi>\\d\\d)(?::(?<s>\\d\\d)(?:\\.\\d+)?)?"
                    + "\\s*(?<off>Z|[+-]\\d\\d:?\\d\\d)?)?");

    public Optional<PublishedTime> parse(String text, ZoneId defaultZone) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO_LIKE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                    Integer.parseInt(m.group("d")));
            String raw = m.group();
            if (m.group("h") == null) {
                return Optional.of(at(date.atStartOfDay(), null, defaultZone, Precision.DAY, raw));
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            Precision precision = m.group("s") == null ? Precision.MINUTE : Precision.SECOND;
            return Optional.of(at(time, m.group("off"), defaultZone, precision, raw));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static PublishedTime at(LocalDateTime local, String offset, ZoneId defaultZone, Precision precision,
            String raw) {
        if (offset != null) {
            ZoneOffset zoneOffset = ZoneOffset.of(offset.equals("Z") ? "Z" : offset.length() == 5
                    ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            return new PublishedTime(OffsetDateTime.of(local, zoneOffset), precision, false, raw);
        }
        if (defaultZone != null) {
            return new PublishedTime(local.atZone(defaultZone).toOffsetDateTime(), precision, false, raw);
        }
        return new PublishedTime(local.atOffset(ZoneOffset.UTC), precision, true, raw);
    }
}
