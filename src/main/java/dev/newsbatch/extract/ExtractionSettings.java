package dev.newsbatch.extract;

import java.time.ZoneId;
import java.util.List;

/**
 * What a source or job definition tells the cleaner about its pages.
 *
 * @param defaultZone     the zone of times a page states without one; null when nothing is known (UTC is assumed)
 * @param language        the site's language (ISO 639-1) where the definition states it, else null
 * @param removeSelectors CSS selectors of elements a site definition wants removed before extraction
 * @param bodySelector    a CSS selector naming the body for a site the general cleaner gets wrong, or null
 * @param maxBytes        pages larger than this are rejected as too large
 */
public record ExtractionSettings(
        ZoneId defaultZone, String language, List<String> removeSelectors, String bodySelector, int maxBytes) {

    /** 16 MiB: larger than any real article page, small enough that a runaway page cannot exhaust the heap. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    public ExtractionSettings {
        removeSelectors = removeSelectors == null ? List.of() : List.copyOf(removeSelectors);
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(null, null, List.of(), null, DEFAULT_MAX_BYTES);
    }

    public ExtractionSettings withDefaultZone(ZoneId zone) {
        return new ExtractionSettings(zone, language, removeSelectors, bodySelector, maxBytes);
    }
}
