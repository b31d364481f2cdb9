package dev.newsbatch.source.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * crawler4j's fetcher with two things added: a pause per host ({@link HostPoliteness}) before every request, robots.txt
 * included, and a note of why a fetch failed. crawler4j reports a timeout and a body cut short alike, as "content fetch
 * error" with no cause, so the cause is kept here by URL for the crawler to pick up ({@link #takeFailure}).
 * Thread-safe.
 */
final class PolitePageFetcher extends PageFetcher {

    /** Why a fetch failed: a reason code and a detail for {@code rejected_page}. */
    record Failure(String reason, String detail) {
        static Failure of(Throwable e) {
            return new Failure(FetchFailures.reasonOf(e), FetchFailures.detailOf(e));
        }
    }

    private final HostPoliteness politeness;
    private final Map<String, Failure> failureByUrl = new ConcurrentHashMap<>();

    PolitePageFetcher(CrawlConfig config, HostPoliteness politeness) {
        super(config);
        this.politeness = politeness;
    }

    @Override
    public PageFetchResult fetchPage(WebURL url) throws InterruptedException, IOException,
            PageBiggerThanMaxSizeException {
        politeness.awaitTurn(UrlPolicy.hostOf(url.getURL()));
        try {
            return new DiagnosedFetchResult(super.fetchPage(url), url.getURL());
        } catch (IOException | RuntimeException e) {
            failureByUrl.put(url.getURL(), Failure.of(e));
            throw e;
        }
    }

    /** Why the last fetch of this URL failed, if it did, and forgets it. */
    Failure takeFailure(String url) {
        return failureByUrl.remove(url);
    }

    /** A fetch result whose body reading keeps the cause of a failure instead of only logging it. */
    private final class DiagnosedFetchResult extends PageFetchResult {
        private final String url;

        DiagnosedFetchResult(PageFetchResult fetched, String url) {
            this.url = url;
            setStatusCode(fetched.getStatusCode());
            setEntity(fetched.getEntity());
            setResponseHeaders(fetched.getResponseHeaders());
            setFetchedUrl(fetched.getFetchedUrl());
            setMovedToUrl(fetched.getMovedToUrl());
        }

        @Override
        public boolean fetchContent(Page page, int maxBytes) throws SocketTimeoutException {
            try {
                page.setFetchResponseHeaders(getResponseHeaders());
                page.load(getEntity(), maxBytes);
                return true;
            } catch (SocketTimeoutException e) {
                failureByUrl.put(url, Failure.of(e));
                throw e;
            } catch (Exception e) {
                failureByUrl.put(url, Failure.of(e));
                return false;
            }
        }
    }
}
