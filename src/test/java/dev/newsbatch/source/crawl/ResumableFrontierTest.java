package dev.newsbatch.source.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sleepycat.je.Database;
import com.sleepycat.je.DatabaseConfig;
import com.sleepycat.je.DatabaseEntry;
import com.sleepycat.je.Environment;
import com.sleepycat.je.EnvironmentConfig;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl's frontier left in the states a kill can leave it in, then opened again as a resumed crawl opens it: every
 * URL seen but not finished with must come out of the queue again, and none that was finished with.
 */
class ResumableFrontierTest {

    private static final String SITE = "http://news.example.org/";

    @TempDir
    Path folder;

    @Test
    void urlsSeenButNeverQueuedAreQueuedAgainOnResume() {
        try (Crawl killed = new Crawl(folder)) {
            killed.schedule("news/1", "news/2");
            // a page's links get their ids one by one and are queued together at the end; the kill came in between
            killed.seeWithoutQueueing("news/3", "news/4");
        }

        try (Crawl resumed = new Crawl(folder)) {
            assertThat(resumed.frontier.requeueLost(url -> true)).isEqualTo(2);
            assertThat(resumed.takeAll()).containsExactlyInAnyOrder("news/1", "news/2", "news/3", "news/4");
        }
    }

    @Test
    void urlsTakenOffTheQueueButNotYetInProcessAreQueuedAgainOnResume() {
        try (Crawl killed = new Crawl(folder)) {
            killed.schedule("news/1", "news/2", "news/3");
            // crawler4j's own order: off the queue first, in process after; the kill came in between
            killed.removeFromQueue("news/2");
        }

        try (Crawl resumed = new Crawl(folder)) {
            assertThat(resumed.frontier.requeueLost(url -> true)).isEqualTo(1);
            assertThat(resumed.takeAll()).containsExactlyInAnyOrder("news/1", "news/2", "news/3");
        }
    }

    @Test
    void urlsFinishedWithAreNotFetchedAgainAndThoseInProcessAre() {
        try (Crawl killed = new Crawl(folder)) {
            killed.schedule("news/1", "news/2", "news/3");
            List<WebURL> taken = new ArrayList<>();
            killed.frontier.getNextURLs(2, taken);
            killed.frontier.setProcessed(taken.get(0));
            // the second one was being fetched when the crawl was killed
        }

        try (Crawl resumed = new Crawl(folder)) {
            assertThat(resumed.frontier.requeueLost(url -> true)).isZero();
            assertThat(resumed.takeAll()).containsExactlyInAnyOrder("news/2", "news/3");
        }
    }

    @Test
    void aUrlLeftInProcessIsFetchedAgainByTheNextRun() {
        try (Crawl stopped = new Crawl(folder)) {
            stopped.schedule("news/1", "news/2");
            List<WebURL> taken = new ArrayList<>();
            stopped.frontier.getNextURLs(2, taken);
            // the first page was fetched while the crawl was stopping, so it could not be stored
            stopped.frontier.leaveInProcess(taken.get(0).getURL());
            stopped.frontier.setProcessed(taken.get(0));
            stopped.frontier.setProcessed(taken.get(1));
            assertThat(stopped.takeAll()).isEmpty();
        }

        try (Crawl resumed = new Crawl(folder)) {
            assertThat(resumed.frontier.requeueLost(url -> true)).isZero();
            assertThat(resumed.takeAll()).containsExactly("news/1");
        }
    }

    @Test
    void aLostUrlTheCrawlMayNoLongerFetchIsLeftOut() {
        try (Crawl killed = new Crawl(folder)) {
            killed.seeWithoutQueueing("news/1", "news/2");
        }

        try (Crawl resumed = new Crawl(folder)) {
            assertThat(resumed.frontier.requeueLost(url -> !url.endsWith("/news/1"))).isEqualTo(1);
            assertThat(resumed.takeAll()).containsExactly("news/2");
        }
    }

    /** A crawl's frontier databases, opened the way a crawl opens them; closing it is what a kill leaves on disk. */
    private static final class Crawl implements AutoCloseable {
        final Environment env;
        final DocIDServer ids;
        final ResumableFrontier frontier;

        Crawl(Path folder) {
            EnvironmentConfig envConfig = new EnvironmentConfig();
            envConfig.setAllowCreate(true);
            envConfig.setTransactional(true);
            envConfig.setLocking(true);
            env = new Environment(folder.toFile(), envConfig);
            CrawlConfig config = new CrawlConfig();
            config.setResumableCrawling(true);
            ids = new DocIDServer(env, config);
            frontier = new ResumableFrontier(env, config);
        }

        void schedule(String... paths) {
            for (String path : paths) {
                frontier.schedule(url(path, ids.getNewDocID(SITE + path)));
            }
        }

        void seeWithoutQueueing(String... paths) {
            for (String path : paths) {
                ids.getNewDocID(SITE + path);
            }
        }

        void removeFromQueue(String path) {
            DatabaseConfig config = new DatabaseConfig();
            config.setTransactional(true);
            try (Database queue = env.openDatabase(null, "PendingURLsDB", config)) {
                byte[] key = ByteBuffer.allocate(6).put((byte) 0).put((byte) 0).putInt(ids.getDocId(SITE + path))
                        .array();
                queue.delete(null, new DatabaseEntry(key));
            }
        }

        /** Every URL the crawler threads would be given, as paths. */
        Set<String> takeAll() {
            List<WebURL> taken = new ArrayList<>();
            long queued = frontier.getQueueLength();
            if (queued > 0) {
                frontier.getNextURLs(Math.toIntExact(queued), taken);
            }
            return taken.stream().map(u -> u.getURL().substring(SITE.length())).collect(Collectors.toSet());
        }

        private static WebURL url(String path, int docId) {
            WebURL url = new WebURL();
            url.setURL(SITE + path);
            url.setDocid(docId);
            url.setDepth((short) 0);
            return url;
        }

        @Override
        public void close() {
            frontier.close();
            ids.close();
            env.close();
        }
    }
}
