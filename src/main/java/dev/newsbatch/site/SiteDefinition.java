package dev.newsbatch.site;

import dev.newsbatch.extract.ExtractionSettings;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One site or source, as its job definition under {@code jobs/} describes it: where a crawl starts and what it may
 * fetch, and what the cleaner must know of the site's pages. Keys and meanings are documented in {@code jobs/README.md}.
 */
public record SiteDefinition(
        String name,
        List<URI> seeds,
        List<URI> feeds,
        List<URI> sitemaps,
        List<String> allowedHosts,
        Pattern articleUrl,
        Pattern followUrl,
        int maxDepth,
        int maxPages,
        int politenessMs,
        String userAgent,
        ZoneId timeZone,
        String language,
        List<String> remove,
        String body,
        boolean allowPrivateAddresses,
        Duration refreshAfter) {

    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_MAX_PAGES = 1000;
    /** One request a second per host: polite for any news site, and what crawler4j's own default is close to. */
    public static final int DEFAULT_POLITENESS_MS = 1000;
    public static final String DEFAULT_USER_AGENT = "newsbatch/0.1 (+https://github.com/newsbatch/newsbatch)";

    public SiteDefinition {
        seeds = List.copyOf(seeds);
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        allowedHosts = List.copyOf(allowedHosts);
        remove = List.copyOf(remove);
    }

    /** A definition with only a name and defaults, for sources with no definition file. */
    public static SiteDefinition named(String name) {
        return new SiteDefinition(name, List.of(), List.of(), List.of(), List.of(), null, null, DEFAULT_MAX_DEPTH,
                DEFAULT_MAX_PAGES, DEFAULT_POLITENESS_MS, DEFAULT_USER_AGENT, null, null, List.of(), null, false, null);
    }

    public Optional<Duration> refreshAfterAge() {
        return Optional.ofNullable(refreshAfter);
    }

    /** What the cleaner needs of this site: zone and language of its pages, selectors to remove or to take the body. */
    public ExtractionSettings extractionSettings() {
        return new ExtractionSettings(timeZone, language, remove, body, ExtractionSettings.DEFAULT_MAX_BYTES);
    }
}
