package dev.newsbatch.source.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything one crawl of one site needs to know, decided before it starts: where it starts, what it may fetch, how
 * politely, and where its resumable frontier lives. The job layer builds it from the site's job definition and the
 * command's options, so this package needs neither.
 *
 * @param site                  the site's name, stored with every page
 * @param seeds                 start pages
 * @param feeds                 RSS/Atom feeds, read at the start of every run
 * @param sitemaps              sitemaps or sitemap indexes, read at the start of every run
 * @param allowedHosts          lowercase host names that may be fetched; never empty
 * @param articleUrl            which URLs are stories (stored as raw pages); null for every page
 * @param followUrl             which pages are walked for links; null for every allowed page
 * @param maxDepth              links followed away from a seed
 * @param maxPages              pages fetched (scheduled) per crawl
 * @param politeness            pause between two requests to one host
 * @param userAgent             the User-Agent header, which also names the crawler to robots.txt
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched (tests only)
 * @param frontierFolder        where crawler4j keeps its resumable frontier for this site
 * @param threads               crawler threads
 * @param timeout               connect and read timeout of one request
 * @param maxBytes              largest body read; a longer page is rejected as too large
 */
public record CrawlSettings(
        String site,
        List<URI> seeds,
        List<URI> feeds,
        List<URI> sitemaps,
        Set<String> allowedHosts,
        Pattern articleUrl,
        Pattern followUrl,
        int maxDepth,
        int maxPages,
        Duration politeness,
        String userAgent,
        boolean allowPrivateAddresses,
        Path frontierFolder,
        int threads,
        Duration timeout,
        int maxBytes) {

    public CrawlSettings {
        Objects.requireNonNull(site, "site");
        seeds = List.copyOf(seeds);
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        allowedHosts = Set.copyOf(allowedHosts);
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(frontierFolder, "frontierFolder");
        Objects.requireNonNull(timeout, "timeout");
        if (seeds.isEmpty() && feeds.isEmpty() && sitemaps.isEmpty()) {
            throw new IllegalArgumentException(site + ": nothing to crawl: the job definition has no seeds, feeds or "
                    + "sitemaps");
        }
        if (allowedHosts.isEmpty()) {
            throw new IllegalArgumentException(site + ": no host may be fetched");
        }
        if (threads < 1 || maxPages < 1 || maxBytes < 1) {
            throw new IllegalArgumentException(site + ": threads, max-pages and max-bytes must be positive");
        }
    }

    /**
     * The hosts a crawl may fetch when the definition names none: the seeds' hosts, or, for a crawl that starts from
     * feeds and sitemaps only, theirs.
     */
    public static Set<String> defaultAllowedHosts(List<URI> seeds, List<URI> feeds, List<URI> sitemaps) {
        List<URI> startPoints = !seeds.isEmpty() ? seeds
                : Stream.concat(feeds.stream(), sitemaps.stream()).toList();
        return startPoints.stream().map(uri -> uri.getHost().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The name the crawler gives itself in robots.txt matching: the user agent's product token. */
    String robotsName() {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.isEmpty() ? userAgent : token;
    }
}
