package dev.newsbatch.job;

import dev.newsbatch.site.SiteDefinition;
import dev.newsbatch.source.crawl.CrawlSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How crawls run on this machine, as opposed to what a site's job definition says: where frontiers are kept, how many
 * crawler threads, the timeout and the size limit of one request. From Spring properties ({@code newsbatch.crawl-dir},
 * {@code newsbatch.crawl.threads}, {@code newsbatch.crawl.timeout-ms}, {@code newsbatch.crawl.max-bytes}).
 */
record CrawlOptions(Path crawlDir, int threads, Duration timeout, int maxBytes) {

    /** Beside the embedded database's var/pg, so one folder holds all of newsbatch's local state. */
    static final String DEFAULT_CRAWL_DIR = "var/crawl";
    /**
     * Enough threads to keep a few hosts busy while each rests its politeness delay, few enough for a small machine;
     * a one-host crawl is paced by its politeness, not by threads.
     */
    static final int DEFAULT_THREADS = 8;
    /** A news page that has not answered in 20 s is not going to; long enough for a slow server under load. */
    static final int DEFAULT_TIMEOUT_MS = 20_000;

    /** The same options with frontiers kept in another folder. */
    CrawlOptions withCrawlDir(Path folder) {
        return new CrawlOptions(folder, threads, timeout, maxBytes);
    }

    /** The settings of one crawl of a site; {@code maxPages}, when given, overrides the definition's. */
    CrawlSettings settingsFor(SiteDefinition site, Integer maxPages) {
        Set<String> hosts = site.allowedHosts().isEmpty()
                ? CrawlSettings.defaultAllowedHosts(site.seeds(), site.feeds(), site.sitemaps())
                : Set.copyOf(site.allowedHosts());
        return new CrawlSettings(site.name(), site.seeds(), site.feeds(), site.sitemaps(), hosts, site.articleUrl(),
                site.followUrl(), site.maxDepth(), maxPages == null ? site.maxPages() : maxPages,
                Duration.ofMillis(site.politenessMs()), site.userAgent(), site.allowPrivateAddresses(),
                crawlDir.resolve(site.name()), threads, timeout, maxBytes);
    }
}
