package dev.newsbatch.source.crawl;

import dev.newsbatch.page.UnreadablePage;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a site's feeds and sitemaps at the start of a run and lists the URLs they name. They are read every run, not
 * left to the resumable frontier, because they are where new stories appear. A feed or sitemap that cannot be read is
 * reported, not fatal: the crawl goes on from what else it has. Not thread-safe; used by one thread before the crawler
 * threads start.
 */
final class SeedReader {

    /**
     * Child sitemaps read per run, newest first. A news site's index may list one sitemap per day for a decade; the
     * newest few hold the stories a hourly crawl has not seen, and fifty covers an index of monthly or weekly ones.
     */
    static final int MAX_CHILD_SITEMAPS = 50;
    /** Sitemap indexes may name other indexes; two levels is what the protocol's authors expected, three is generous. */
    static final int MAX_SITEMAP_DEPTH = 3;

    /** The URLs found, in the order found, and what could not be read. */
    record Seeds(List<String> urls, List<UnreadablePage> failures) {
    }

    private final PolitePageFetcher fetcher;
    private final AddressGuard addresses;
    private final Predicate<String> allowedByRobots;
    private final int maxBytes;
    private final List<UnreadablePage> failures = new ArrayList<>();

    /** @param allowedByRobots whether the site's robots.txt lets the crawler fetch a URL; feeds and sitemaps obey it too */
    SeedReader(PolitePageFetcher fetcher, AddressGuard addresses, Predicate<String> allowedByRobots, int maxBytes) {
        this.fetcher = fetcher;
        this.addresses = addresses;
        this.allowedByRobots = allowedByRobots;
        this.maxBytes = maxBytes;
    }

    Seeds read(List<URI> feeds, List<URI> sitemaps) throws InterruptedException {
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (URI feed : feeds) {
            byte[] body = fetch(feed.toString());
            if (body != null) {
                try {
                    urls.addAll(FeedParser.links(body, feed.toString()));
                } catch (IOException | RuntimeException e) {
                    fail(feed.toString(), FetchFailures.UNPARSEABLE, "not a readable feed: " + FetchFailures.detailOf(e));
                }
            }
        }
        readSitemaps(sitemaps, urls);
        return new Seeds(List.copyOf(urls), List.copyOf(failures));
    }

    private void readSitemaps(List<URI> roots, Set<String> urls) throws InterruptedException {
        Deque<SitemapParser.ChildSitemap> pending = new ArrayDeque<>();
        roots.forEach(uri -> pending.add(new SitemapParser.ChildSitemap(uri.toString(), "")));
        Set<String> seen = new HashSet<>();
        int depth = 0;
        while (!pending.isEmpty() && depth < MAX_SITEMAP_DEPTH) {
            List<SitemapParser.ChildSitemap> next = new ArrayList<>();
            for (SitemapParser.ChildSitemap sitemap : pending) {
                if (!seen.add(sitemap.url())) {
                    continue;
                }
                byte[] body = fetch(sitemap.url());
                if (body == null) {
                    continue;
                }
                try {
                    SitemapParser.Sitemap parsed = SitemapParser.parse(body, sitemap.url(), maxBytes);
                    urls.addAll(parsed.pages());
                    next.addAll(parsed.childrenNewestFirst().stream().limit(MAX_CHILD_SITEMAPS).toList());
                } catch (IOException | RuntimeException e) {
                    fail(sitemap.url(), FetchFailures.UNPARSEABLE, "not a readable sitemap: " + FetchFailures.detailOf(e));
                }
            }
            pending.clear();
            pending.addAll(next);
            depth++;
        }
    }

    /** The body at the URL, following redirects; null (with the failure recorded) if there is none. */
    private byte[] fetch(String start) throws InterruptedException {
        String url = start;
        for (int hop = 0; hop <= RedirectChains.MAX_HOPS; hop++) {
            String host = UrlPolicy.hostOf(url);
            if (host == null || !addresses.mayFetch(host)) {
                fail(start, FetchFailures.PRIVATE_ADDRESS, url + " is not a public http(s) address");
                return null;
            }
            if (!allowedByRobots.test(url)) {
                fail(start, FetchFailures.ROBOTS_DISALLOWED, "the site's robots.txt disallows " + url);
                return null;
            }
            WebURL webUrl = new WebURL();
            webUrl.setURL(url);
            PageFetchResult result = null;
            try {
                result = fetcher.fetchPage(webUrl);
                int status = result.getStatusCode();
                if (status >= 300 && status < 400 && result.getMovedToUrl() != null) {
                    url = result.getMovedToUrl();
                    continue;
                }
                if (status < 200 || status >= 300) {
                    fail(start, FetchFailures.httpStatus(status), "the server answered HTTP " + status);
                    return null;
                }
                Page page = new Page(webUrl);
                if (!result.fetchContent(page, maxBytes)) {
                    PolitePageFetcher.Failure failure = fetcher.takeFailure(url);
                    fail(start, failure == null ? FetchFailures.FETCH_ERROR : failure.reason(),
                            failure == null ? "the body could not be read" : failure.detail());
                    return null;
                }
                if (page.isTruncated()) {
                    fail(start, FetchFailures.TOO_LARGE, "longer than " + maxBytes + " bytes");
                    return null;
                }
                return page.getContentData();
            } catch (PageBiggerThanMaxSizeException e) {
                fail(start, FetchFailures.TOO_LARGE, e.getPageSize() + " bytes, more than the limit of " + maxBytes);
                return null;
            } catch (IOException | RuntimeException e) {
                fetcher.takeFailure(url);
                fail(start, FetchFailures.reasonOf(e), FetchFailures.detailOf(e));
                return null;
            } finally {
                if (result != null) {
                    result.discardContentIfNotConsumed();
                }
            }
        }
        fail(start, FetchFailures.REDIRECT_LOOP, "more than " + RedirectChains.MAX_HOPS + " redirects");
        return null;
    }

    private void fail(String url, String reason, String detail) {
        failures.add(new UnreadablePage(url, url, reason, detail));
    }
}
