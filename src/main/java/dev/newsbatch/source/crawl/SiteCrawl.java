package dev.newsbatch.source.crawl;

import dev.newsbatch.source.files.Folders;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one site with crawler4j, running on crawler4j's own threads: it reads the feeds and sitemaps, seeds the
 * frontier, and hands what it fetches to the caller through {@link #handOff()}. The frontier lives in
 * {@link CrawlSettings#frontierFolder()} in crawler4j's resumable mode: a crawl that was killed leaves it there and the
 * next one continues it; a crawl that ends removes it, so the next run starts again from the seeds.
 *
 * <pre>{@code
 * SiteCrawl crawl = SiteCrawl.start(settings, knownPages);
 * boolean ended;
 * do { ended = crawl.crawlersEnded(); store(crawl.handOff().take(50, Duration.ofSeconds(1))); }
 * while (!(ended && crawl.handOff().isEmpty()));
 * crawl.finish();
 * }</pre>
 * Thread-safe where it says so; start, finish and abort are for the one thread that owns the crawl.
 */
public final class SiteCrawl {

    private static final Logger log = LoggerFactory.getLogger(SiteCrawl.class);

    /**
     * crawler4j checks every this-many seconds whether its threads are idle, then waits as long again before stopping,
     * and as long again before cleaning up; its defaults (10, 10, 10) add half a minute to every run. One second each
     * ends a finished crawl promptly; nothing is lost by it, since a thread is only idle when the frontier is empty.
     */
    static final int SHUTDOWN_STAGE_SECONDS = 1;
    /** How long {@link #abort} waits for crawler4j to stop its threads before leaving them to the JVM's exit. */
    static final Duration ABORT_WAIT = Duration.ofSeconds(30);

    private final CrawlSettings settings;
    private final Controller controller;
    private final PageHandOff handOff;
    private final AtomicLong fetches;
    private final boolean resumed;

    private SiteCrawl(CrawlSettings settings, Controller controller, PageHandOff handOff, AtomicLong fetches,
            boolean resumed) {
        this.settings = settings;
        this.controller = controller;
        this.handOff = handOff;
        this.fetches = fetches;
        this.resumed = resumed;
    }

    /**
     * Starts the crawl: reads feeds and sitemaps (their failures are handed off like any other), seeds the frontier,
     * and starts the crawler threads. Returns once they run.
     *
     * @param known story URLs not to fetch again
     */
    public static SiteCrawl start(CrawlSettings settings, KnownPages known) throws Exception {
        boolean resumed = hasFrontier(settings.frontierFolder());
        Files.createDirectories(settings.frontierFolder());
        CrawlConfig config = crawlConfig(settings);
        AddressGuard addresses = new AddressGuard(settings.allowPrivateAddresses());
        config.setDnsResolver(addresses);
        PolitePageFetcher fetcher = new PolitePageFetcher(config, new HostPoliteness(settings.politeness()));
        RobotstxtConfig robotsConfig = new RobotstxtConfig();
        robotsConfig.setEnabled(true);
        robotsConfig.setUserAgentName(settings.robotsName());
        RobotstxtServer robots = new RobotstxtServer(robotsConfig, fetcher);
        Controller controller = new Controller(config, fetcher, robots);

        UrlPolicy policy = new UrlPolicy(settings.allowedHosts(), settings.articleUrl(), settings.followUrl(), known,
                addresses);
        PageHandOff handOff = new PageHandOff();
        AtomicLong fetches = new AtomicLong();
        if (resumed) {
            int requeued = controller.frontier().requeueLost(url -> policy.mayResume(url) && allows(robots, url));
            log.info("{}: resuming the crawl left unfinished in {}{}", settings.site(), settings.frontierFolder(),
                    requeued == 0 ? "" : "; " + requeued + " URLs it had seen but not fetched are queued again");
        }
        for (URI seed : settings.seeds()) {
            if (policy.shouldFetchSeed(seed.toString())) {
                controller.addSeed(seed.toString());
            } else {
                log.warn("{}: seed {} is not fetched: its host is not allowed or not a public address", settings.site(),
                        seed);
            }
        }
        SeedReader.Seeds listed = new SeedReader(fetcher, addresses, url -> allows(robots, url), settings.maxBytes())
                .read(settings.feeds(), settings.sitemaps());
        listed.failures().forEach(handOff::post);
        for (String url : listed.urls()) {
            if (policy.shouldFetch(url)) {
                controller.addSeed(url);
            }
        }
        NewsCrawler.Shared shared = new NewsCrawler.Shared(settings.site(), policy, handOff, controller.frontier(),
                fetcher, new RedirectChains(), settings.maxBytes(), fetches);
        controller.startNonBlocking(() -> new NewsCrawler(shared), settings.threads());
        return new SiteCrawl(settings, controller, handOff, fetches, resumed);
    }

    /** Whether robots.txt lets the crawler fetch the URL (a robots.txt that cannot be read allows, in crawler4j). */
    private static boolean allows(RobotstxtServer robots, String url) {
        WebURL webUrl = new WebURL();
        webUrl.setURL(url);
        return robots.allows(webUrl);
    }

    private static CrawlConfig crawlConfig(CrawlSettings settings) {
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(settings.frontierFolder().toAbsolutePath().toString());
        config.setResumableCrawling(true);
        config.setMaxDepthOfCrawling(settings.maxDepth());
        config.setMaxPagesToFetch(settings.maxPages());
        config.setUserAgentString(settings.userAgent());
        // politeness is per host, in PolitePageFetcher; crawler4j's own delay would be one pause for all hosts
        config.setPolitenessDelay(0);
        config.setIncludeHttpsPages(true);
        // binary answers (PDFs) reach visit() so that they are recorded as not_html, not dropped without a trace;
        // they are not parsed (no Tika run over them)
        config.setIncludeBinaryContentInCrawling(true);
        config.setProcessBinaryContentInCrawling(false);
        config.setFollowRedirects(true);
        // a story marked noindex is still a story to extract; crawler4j would drop it without a word
        config.setRespectNoIndex(false);
        config.setRespectNoFollow(false);
        config.setMaxDownloadSize(settings.maxBytes());
        config.setConnectionTimeout((int) settings.timeout().toMillis());
        config.setSocketTimeout((int) settings.timeout().toMillis());
        config.setMaxConnectionsPerHost(settings.threads());
        config.setMaxTotalConnections(Math.max(settings.threads() * 2, 20));
        config.setOnlineTldListUpdate(false);
        config.setShutdownOnEmptyQueue(true);
        config.setThreadMonitoringDelaySeconds(SHUTDOWN_STAGE_SECONDS);
        config.setThreadShutdownDelaySeconds(SHUTDOWN_STAGE_SECONDS);
        config.setCleanupDelaySeconds(SHUTDOWN_STAGE_SECONDS);
        return config;
    }

    /** Where fetched pages and failures arrive, for the one thread that stores them. */
    public PageHandOff handOff() {
        return handOff;
    }

    /** Whether this crawl continues one that was killed. */
    public boolean resumed() {
        return resumed;
    }

    /** Pages fetched so far: stored, walked or failed. Thread-safe. */
    public long fetches() {
        return fetches.get();
    }

    /**
     * Whether the crawler threads have all ended, so nothing more will be handed off. Thread-safe. Ask this before
     * taking the last batch: once it is true, an empty hand-off stays empty.
     */
    public boolean crawlersEnded() {
        return controller.isFinished();
    }

    /** Whether the crawler threads have all ended and everything they fetched has been taken. Thread-safe. */
    public boolean isDone() {
        return crawlersEnded() && handOff.isEmpty();
    }

    /** Ends a crawl that is done: removes its frontier, so that the next run starts from the seeds again. */
    public void finish() {
        if (!isDone()) {
            throw new IllegalStateException("the crawl of " + settings.site() + " is not done");
        }
        controller.awaitStorageClosed();
        deleteFrontier(settings.frontierFolder());
    }

    /**
     * Stops a crawl that will not be finished (the job is stopping or storing failed): stops the crawler threads and
     * releases those waiting on the hand-off. The frontier is kept, so the next run resumes it.
     */
    public void abort() {
        controller.shutdown();
        handOff.close();
        Thread waiter = new Thread(controller::waitUntilFinish, "crawl-abort-" + settings.site());
        waiter.setDaemon(true);
        waiter.start();
        try {
            waiter.join(ABORT_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * crawler4j's controller, with a {@link ResumableFrontier}, and able to say when its frontier database is closed:
     * it reports a crawl finished a moment before it closes the database, and the folder must not be removed under an
     * open database.
     */
    private static final class Controller extends CrawlController {

        /** Closing the frontier database takes milliseconds; this is a generous bound, not an expected wait. */
        private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
        private static final long CLOSE_POLL_MS = 20;

        Controller(CrawlConfig config, PolitePageFetcher fetcher, RobotstxtServer robots) throws Exception {
            super(config, fetcher, robots);
            // crawler4j opens its own frontier in its constructor; it is closed and reopened as one safe against kills
            frontier.close();
            setFrontier(new ResumableFrontier(env, config));
        }

        ResumableFrontier frontier() {
            return (ResumableFrontier) frontier;
        }

        void awaitStorageClosed() {
            long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
            while (env.isValid() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(CLOSE_POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean hasFrontier(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crawl folder " + folder, e);
        }
    }

    private static void deleteFrontier(Path folder) {
        try {
            Folders.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the finished crawl's folder " + folder, e);
        }
    }
}
