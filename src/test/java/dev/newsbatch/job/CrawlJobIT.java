package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.testing.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawl job end to end, through the CLI, against a real PostgreSQL and a small news site served from this JVM
 * ({@link CrawlTestSite}).
 */
class CrawlJobIT {

    /** A short timeout, so that the slow page fails quickly; the slow page waits well past it. */
    private static final int TIMEOUT_MS = 1500;
    private static final long SLOW_PAGE_MS = 3 * TIMEOUT_MS;
    /** The crawl's size limit for these tests, and the oversized pages' size above it. */
    private static final int MAX_BYTES = 100_000;
    private static final int OVERSIZED_BYTES = 3 * MAX_BYTES;
    private static final String SITE = "courier";

    /** Every story that must become an article: the 37 numbered stories and the GBK one. */
    private static final int EXPECTED_ARTICLES = CrawlTestSite.REDIRECTED_STORY + 1;

    private TestDatabase.Connection database;
    private CrawlTestSite site;
    private Path definition;
    private Path crawlDir;

    @TempDir
    Path dir;

    @BeforeEach
    void startTheSiteAndPointNewsbatchAtAFreshDatabase() throws Exception {
        database = TestDatabase.freshDatabase();
        System.setProperty("newsbatch.db.url", database.url());
        System.setProperty("newsbatch.db.user", database.user());
        System.setProperty("newsbatch.db.password", database.password() == null ? "" : database.password());
        System.setProperty("newsbatch.crawl.timeout-ms", String.valueOf(TIMEOUT_MS));
        System.setProperty("newsbatch.crawl.max-bytes", String.valueOf(MAX_BYTES));
        System.setProperty("newsbatch.crawl.threads", "4");
        site = new CrawlTestSite(OVERSIZED_BYTES, SLOW_PAGE_MS);
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        definition = jobs.resolve(SITE + ".yml");
        Files.writeString(definition, site.jobDefinition(SITE, 0));
        crawlDir = dir.resolve("crawl");
    }

    @AfterEach
    void stopTheSite() {
        site.close();
        for (String property : List.of("newsbatch.db.url", "newsbatch.db.user", "newsbatch.db.password",
                "newsbatch.crawl.timeout-ms", "newsbatch.crawl.max-bytes", "newsbatch.crawl.threads")) {
            System.clearProperty(property);
        }
    }

    @Test
    void storiesBecomeArticlesFailuresAreRecordedWithTheirReasonAndRobotsTxtIsObeyed() throws Exception {
        Cli.Result result = crawl();

        assertThat(result.exit()).as(result.err() + result.out()).isEqualTo(ExitCodes.OK);
        assertThat(articleUrls()).containsExactlyInAnyOrderElementsOf(expectedArticleUrls());
        assertThat(rejections()).containsExactlyInAnyOrderEntriesOf(Map.of(
                site.url("/news/missing"), "http_404",
                site.url("/news/broken"), "http_500",
                site.url("/news/slow"), "timeout",
                site.url("/news/cut-short"), "connection_reset",
                site.url("/loop/a"), "redirect_loop",
                site.url("/docs/report.pdf"), "not_html",
                site.url("/news/huge"), "too_large",
                site.url("/news/huge-chunked"), "too_large"));
        assertThat(result.out()).startsWith("crawl #").contains(" COMPLETED: ")
                .contains(EXPECTED_ARTICLES + " new, " + EXPECTED_ARTICLES + " articles written, 8 rejected (")
                .contains("too_large 2").contains("http_404 1").contains("timeout 1").contains("redirect_loop 1");

        // robots.txt was read and its Disallow obeyed; page furniture was not fetched
        assertThat(site.requests("/robots.txt")).isGreaterThanOrEqualTo(1);
        assertThat(site.requests("/private/secret-story")).isZero();
        assertThat(site.requests("/logo.png")).isZero();
        // section pages are walked, not stored
        assertThat(count("SELECT count(*) FROM raw_page WHERE url LIKE '%/section/%' OR url = '" + site.url("/") + "'"))
                .isZero();
        // a finished crawl leaves no frontier behind: the next run starts from the seeds again
        assertThat(crawlDir.resolve(SITE)).doesNotExist();
    }

    @Test
    void aSitemapUnderADisallowedPathIsNotFetchedAndTheRefusalIsRecorded() throws Exception {
        String sitemaps = "sitemaps:\n  - " + site.url("/sitemap-index.xml") + "\n";
        Files.writeString(definition, site.jobDefinition(SITE, 0)
                .replace(sitemaps, sitemaps + "  - " + site.url("/private/sitemap.xml") + "\n"));

        assertThat(crawl().exit()).isZero();

        assertThat(site.requests("/private/sitemap.xml")).isZero();
        assertThat(rejections()).containsEntry(site.url("/private/sitemap.xml"), "robots_disallowed");
    }

    @Test
    void crawlWithWarcArchivesWhatItFetchedAndImportReplaysIt() throws Exception {
        Path warcs = dir.resolve("warc");
        assertThat(crawl("--warc", warcs.toString()).exit()).isZero();
        List<String> crawledArticles = articleUrls();
        List<String> storedPages = new ArrayList<>();
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(final_url, url) FROM raw_page")) {
            while (rs.next()) {
                storedPages.add(rs.getString(1));
            }
        }
        List<Path> archives;
        try (var files = Files.list(warcs)) {
            archives = files.toList();
        }
        assertThat(archives).hasSize(1);
        Path archive = archives.get(0);
        assertThat(archive.getFileName().toString()).startsWith("newsbatch-" + SITE + "-").endsWith(".warc.gz");
        List<String> responses = new ArrayList<>();
        int requests = 0;
        try (WarcReader reader = new WarcReader(archive)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    responses.add(response.target());
                } else if (record instanceof WarcRequest) {
                    requests++;
                }
            }
        }
        assertThat(responses).containsExactlyInAnyOrderElementsOf(storedPages);
        assertThat(requests).isEqualTo(responses.size());

        // replayed into an empty database, the archive gives the same articles as the crawl
        database = TestDatabase.freshDatabase();
        System.setProperty("newsbatch.db.url", database.url());
        Cli.Result replay = Cli.run("import", "--quiet", "--job", definition.toString(), archive.toString());
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(articleUrls()).containsExactlyInAnyOrderElementsOf(crawledArticles);
    }

    @Test
    void pagesAreStoredAsFetchedWithStatusHeadersAndFinalUrl() throws Exception {
        assertThat(crawl().exit()).isZero();

        Map<String, Object> redirected = row("SELECT url, final_url, origin, site, http_status, content_type, "
                + "headers->>'Content-type' AS header FROM raw_page WHERE final_url = '"
                + site.url(CrawlTestSite.story(CrawlTestSite.REDIRECTED_STORY)) + "'");
        assertThat(redirected).containsEntry("url", site.url("/moved/story")).containsEntry("origin", "crawl")
                .containsEntry("site", SITE).containsEntry("http_status", 200)
                .containsEntry("content_type", "text/html; charset=utf-8")
                .containsEntry("header", "text/html; charset=utf-8");
        Map<String, Object> gbk = row("SELECT a.title, a.body_text, r.body, r.content_type FROM article a "
                + "JOIN raw_page r ON r.id = a.raw_page_id WHERE a.url = '" + site.url("/gbk/story") + "'");
        assertThat(gbk.get("title")).isEqualTo(CrawlTestSite.GBK_TITLE);
        assertThat((String) gbk.get("body_text")).contains(CrawlTestSite.GBK_PHRASE);
        assertThat(gbk.get("content_type")).isEqualTo("text/html");
        // the bytes exactly as served: GBK, not re-encoded
        assertThat(new String((byte[]) gbk.get("body"), java.nio.charset.Charset.forName("GBK")))
                .contains(CrawlTestSite.GBK_PHRASE);
    }

    @Test
    void aSecondRunFetchesNoStoryTwiceButRereadsTheSeedsFeedAndSitemap() throws Exception {
        assertThat(crawl().exit()).isZero();
        Cli.Result second = crawl();

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains(" 0 new, ");
        for (String story : storyPaths()) {
            assertThat(site.requests(story)).as(story).isEqualTo(1);
        }
        assertThat(site.requests("/")).isEqualTo(2);
        assertThat(site.requests("/feed.xml")).isEqualTo(2);
        assertThat(site.requests("/sitemap-news.xml")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(EXPECTED_ARTICLES);
        assertThat(count("SELECT count(*) FROM raw_page")).isEqualTo(EXPECTED_ARTICLES);
    }

    @Test
    void refreshFetchesStoredStoriesAgainWithoutDuplicatingArticles() throws Exception {
        assertThat(crawl().exit()).isZero();
        Cli.Result refreshed = crawl("--refresh");

        assertThat(refreshed.exit()).as(refreshed.err()).isZero();
        assertThat(site.requests(CrawlTestSite.story(1))).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(EXPECTED_ARTICLES);
        // the same bytes from the same URL are one raw page
        assertThat(count("SELECT count(*) FROM raw_page")).isEqualTo(EXPECTED_ARTICLES);
    }

    @Test
    void aCrawlStoppedByMaxPagesIsCompletedByTheNextRun() throws Exception {
        Cli.Result first = crawl("--max-pages", "10");
        assertThat(first.exit()).as(first.err()).isZero();
        long afterFirst = count("SELECT count(*) FROM article");
        assertThat(afterFirst).isBetween(1L, 9L);

        Cli.Result second = crawl();

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(articleUrls()).containsExactlyInAnyOrderElementsOf(expectedArticleUrls());
        for (String story : storyPaths()) {
            assertThat(site.requests(story)).as(story).isEqualTo(1);
        }
    }

    @Test
    void aKilledCrawlIsResumedByTheNextRunAndNothingIsLostOrStoredTwice() throws Exception {
        // politeness makes the crawl last long enough to be killed in the middle of it
        Files.writeString(definition, site.jobDefinition(SITE, 50));
        String heldStory = CrawlTestSite.story(20);
        site.hold(heldStory);
        Process child = startCrawlInAnotherJvm();
        try {
            assertThat(site.awaitHeld(120)).as("the crawl reached " + heldStory).isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
            site.releaseHeld();
        }
        assertThat(crawlDir.resolve(SITE)).as("the killed crawl's frontier").isDirectory();
        long storedBeforeKill = count("SELECT count(*) FROM raw_page");
        assertThat(storedBeforeKill).isPositive();

        Cli.Result resumed = crawl();

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(articleUrls()).containsExactlyInAnyOrderElementsOf(expectedArticleUrls());
        assertThat(count("SELECT count(*) FROM (SELECT url FROM raw_page GROUP BY url HAVING count(*) > 1) d")).isZero();
        // the frontier was resumed, not started afresh: the seed page is already done and is not fetched again
        assertThat(site.requests("/")).isEqualTo(1);
        // stories stored before the kill are not fetched again; only those in flight at the kill may be
        long fetchedTwice = storyPaths().stream().filter(story -> site.requests(story) > 1).count();
        assertThat(fetchedTwice).isLessThanOrEqualTo(4);
        assertThat(storyPaths()).allSatisfy(story -> assertThat(site.requests(story)).as(story).isBetween(1, 2));
    }

    @Test
    void pagesWhoseStoringFailedAreFetchedByTheRestartOfTheFailedCrawl() throws Exception {
        Files.writeString(definition, site.jobDefinition(SITE, 50));
        String refused = CrawlTestSite.story(20);
        assertThat(Cli.run("runs").exit()).as("the database is set up").isZero();
        // the batch that holds this story fails, and with it the run, which stops its crawler threads
        execute("ALTER TABLE raw_page ADD CONSTRAINT refuse_one CHECK (url <> '" + site.url(refused) + "') NOT VALID");
        Process child = startCrawlInAnotherJvm();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the failed run ends").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(site.requests(refused)).isEqualTo(1);
        assertThat(crawlDir.resolve(SITE)).as("the failed crawl's frontier").isDirectory();
        execute("ALTER TABLE raw_page DROP CONSTRAINT refuse_one");

        long failed = count("SELECT max(job_execution_id) FROM batch_job_execution");
        Cli.Result restarted = Cli.run("restart", "--quiet", String.valueOf(failed));

        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(articleUrls()).containsExactlyInAnyOrderElementsOf(expectedArticleUrls());
        assertThat(site.requests(refused)).as("fetched again by the restart").isEqualTo(2);
        // the restart continued the failed run's frontier, in the folder that run used, not a crawl from the start
        assertThat(site.requests("/")).isEqualTo(1);
    }

    private Process startCrawlInAnotherJvm() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + database.url(),
                "-Dnewsbatch.db.user=" + database.user(),
                "-Dnewsbatch.db.password=" + (database.password() == null ? "" : database.password()),
                "-Dnewsbatch.crawl.timeout-ms=" + TIMEOUT_MS,
                "-Dnewsbatch.crawl.max-bytes=" + MAX_BYTES,
                "-Dnewsbatch.crawl.threads=4",
                "dev.newsbatch.cli.NewsbatchMain", "crawl", definition.toString(), "--crawl-dir", crawlDir.toString()));
        File log = dir.resolve("child.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private Cli.Result crawl(String... options) {
        List<String> args = new ArrayList<>(List.of("crawl", definition.toString(), "--crawl-dir", crawlDir.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> storyPaths() {
        List<String> paths = new ArrayList<>(IntStream.rangeClosed(1, CrawlTestSite.REDIRECTED_STORY)
                .mapToObj(CrawlTestSite::story).toList());
        paths.add("/gbk/story");
        return paths;
    }

    private List<String> expectedArticleUrls() {
        return storyPaths().stream().map(site::url).toList();
    }

    private List<String> articleUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT url FROM article WHERE site = '" + SITE + "'")) {
            while (rs.next()) {
                urls.add(rs.getString(1));
            }
        }
        return urls;
    }

    private Map<String, String> rejections() throws Exception {
        Map<String, String> byUrl = new TreeMap<>();
        try (Connection c = database.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT origin_ref, reason FROM rejected_page")) {
            while (rs.next()) {
                byUrl.put(rs.getString(1), rs.getString(2));
            }
        }
        return byUrl;
    }

    private void execute(String sql) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Object> row(String sql) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for " + sql).isTrue();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        }
    }
}
