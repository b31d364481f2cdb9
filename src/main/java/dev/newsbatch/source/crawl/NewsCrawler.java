package dev.newsbatch.source.crawl;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.UnreadablePage;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.Header;

/**
 * One crawler thread's callbacks: which links to fetch, and what each fetch becomes. A story page becomes a
 * {@link RawPage} with its bytes exactly as fetched; every fetch that fails becomes an {@link UnreadablePage} with its
 * reason; both go through the {@link PageHandOff} to be stored. Pages that are only walked (section pages) are stored
 * nowhere. crawler4j makes one instance per thread; the state they share is in {@link Shared}.
 */
final class NewsCrawler extends WebCrawler {

    /**
     * Content types stored as pages. A missing Content-Type is let through: the cleaner sniffs the bytes and rejects
     * what is not text.
     */
    private static final String[] HTML_TYPES = {"text/html", "application/xhtml+xml"};

    /** What every crawler thread of one crawl shares. Thread-safe parts only. */
    record Shared(String site, UrlPolicy policy, PageHandOff handOff, ResumableFrontier frontier,
            PolitePageFetcher fetcher, RedirectChains redirects, int maxBytes, AtomicLong fetches) {
    }

    private final Shared shared;

    NewsCrawler(Shared shared) {
        this.shared = shared;
    }

    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        // robots.txt is asked here too: crawler4j skips it for a redirect's target whose links are not walked
        return shared.policy().shouldFetch(url.getURL()) && getMyController().getRobotstxtServer().allows(url);
    }

    @Override
    protected boolean shouldFollowLinksIn(WebURL url) {
        return shared.policy().isFollowed(url.getURL());
    }

    @Override
    public void visit(Page page) {
        shared.fetches().incrementAndGet();
        String finalUrl = page.getWebURL().getURL();
        String requested = shared.redirects().originOf(finalUrl);
        String contentType = page.getContentType();
        if (page.isTruncated()) {
            deliver(finalUrl, new UnreadablePage(requested, finalUrl, FetchFailures.TOO_LARGE,
                    "longer than the limit of " + shared.maxBytes() + " bytes"));
        } else if (!isHtml(contentType)) {
            deliver(finalUrl, new UnreadablePage(requested, finalUrl, FetchFailures.NOT_HTML,
                    "Content-Type " + contentType));
        } else if (shared.policy().isArticle(finalUrl)) {
            deliver(finalUrl, new RawPage(requested, finalUrl, Origin.CRAWL, requested, shared.site(), Instant.now(),
                    page.getStatusCode(), contentType, firstValues(page.getFetchResponseHeaders()),
                    page.getContentData()));
        }
    }

    @Override
    protected void onRedirectedStatusCode(Page page) {
        String from = page.getWebURL().getURL();
        String to = page.getRedirectedToUrl();
        RedirectChains.Hop hop = shared.redirects().redirect(from, to);
        if (hop.loop()) {
            failChain(hop.origin(), from, FetchFailures.REDIRECT_LOOP, "redirects " + String.join(" -> ", hop.chain()));
        } else if (!shared.policy().isAllowedHost(to)) {
            shared.redirects().originOf(to); // the chain ends here: crawler4j will not fetch the target
            failChain(hop.origin(), from, FetchFailures.REDIRECT_OFF_SITE,
                    "redirects to " + to + ", a host the crawl may not fetch");
        }
    }

    @Override
    protected void onUnexpectedStatusCode(String url, int status, String contentType, String description) {
        fail(url, FetchFailures.httpStatus(status), "the server answered HTTP " + status + " " + description);
    }

    @Override
    protected void onPageBiggerThanMaxSize(String url, long size) {
        fail(url, FetchFailures.TOO_LARGE, size + " bytes, more than the limit of " + shared.maxBytes());
    }

    @Override
    protected void onContentFetchError(WebURL url) {
        PolitePageFetcher.Failure failure = shared.fetcher().takeFailure(url.getURL());
        if (failure == null) {
            fail(url.getURL(), FetchFailures.FETCH_ERROR, "the page could not be read");
        } else {
            fail(url.getURL(), failure.reason(), failure.detail());
        }
    }

    @Override
    protected void onContentFetchError(Page page) {
        // reported by onContentFetchError(WebURL), which crawler4j calls just before this
    }

    @Override
    protected void onUnhandledException(WebURL url, Throwable e) {
        if (url != null) {
            shared.fetcher().takeFailure(url.getURL());
            fail(url.getURL(), FetchFailures.reasonOf(e), FetchFailures.detailOf(e));
        }
    }

    @Override
    protected void onParseError(WebURL url) {
        fail(url.getURL(), FetchFailures.UNPARSEABLE, "crawler4j could not parse the page for links");
    }

    private void fail(String url, String reason, String detail) {
        failChain(shared.redirects().originOf(url), url, reason, detail);
    }

    /**
     * Records a failure at {@code url}, the URL this thread is working on, under the URL its redirect chain started
     * from.
     */
    private void failChain(String requested, String url, String reason, String detail) {
        shared.fetches().incrementAndGet();
        deliver(url, new UnreadablePage(requested, url, reason, detail));
    }

    /**
     * Hands what was read at {@code url}, the URL this thread is working on, over to be stored; if it cannot be (the
     * crawl is stopping or storing failed), the URL is left for the next run to fetch again.
     */
    private void deliver(String url, PageRead read) {
        if (!shared.handOff().deliverAndWait(read)) {
            shared.frontier().leaveInProcess(url);
            logger.warn("{} was not stored: the crawl is stopping; the next run fetches it again", read.originRef());
        }
    }

    static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        for (String html : HTML_TYPES) {
            if (type.startsWith(html)) {
                return true;
            }
        }
        return false;
    }

    /** Response headers, the first value of each name, in the order received. */
    static Map<String, String> firstValues(Header[] headers) {
        Map<String, String> values = new LinkedHashMap<>();
        if (headers != null) {
            for (Header header : headers) {
                values.putIfAbsent(header.getName(), header.getValue());
            }
        }
        return values;
    }
}
