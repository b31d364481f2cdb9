package dev.newsbatch.cli;

import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.site.SiteDefinition;
import dev.newsbatch.site.SiteDefinitionLoader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;

/** Turns the options commands share (--job, --time-zone) into settings, rejecting bad values with a clear message. */
final class CommandSettings {

    private CommandSettings() {
    }

    static SiteDefinition definition(Path job) {
        return job == null ? null : new SiteDefinitionLoader().load(job);
    }

    static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return null;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new UserError(ExitCodes.USAGE,
                    "--time-zone: '" + timeZone + "' is not a time zone (use a name like Asia/Shanghai or +08:00)");
        }
    }

    /** A --since time: ISO-8601 with an offset; null when the option was not given. */
    static Instant since(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError(ExitCodes.USAGE, "--since: '" + value + "' is not an ISO-8601 time with offset, "
                    + "e.g. 2026-01-31T00:00:00Z");
        }
    }

    /** The job definition's settings, with --time-zone over its zone. */
    static ExtractionSettings extractionSettings(Path job, String timeZone) {
        SiteDefinition definition = definition(job);
        ExtractionSettings settings = definition == null ? ExtractionSettings.defaults() : definition.extractionSettings();
        ZoneId zone = zone(timeZone);
        return zone == null ? settings : settings.withDefaultZone(zone);
    }
}
