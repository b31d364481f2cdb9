package dev.newsbatch.source.crawl;

import com.sleepycat.je.Cursor;
import com.sleepycat.je.Database;
import com.sleepycat.je.DatabaseConfig;
import com.sleepycat.je.DatabaseEntry;
import com.sleepycat.je.Environment;
import com.sleepycat.je.OperationStatus;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.url.WebURL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * crawler4j's resumable frontier, made safe against a kill at any moment. crawler4j keeps three records: the URLs it
 * has seen (a document id per URL), the queue, and the URLs in process; a URL seen is never queued again. Two of its
 * steps are not atomic, and a kill inside either left URLs seen but in no queue, so the resumed crawl never fetched
 * them:
 * <ul>
 * <li>taking URLs off the queue removed them before recording them as in process (one commit per URL);</li>
 * <li>walking a page gives each new link its document id, one commit per link, and queues them all only at the end.
 * </li>
 * </ul>
 * Here URLs are recorded as in process before they leave the queue, every URL crawler4j finishes with is recorded as
 * done, and a resumed crawl queues again every URL that was seen but is neither queued nor done ({@link #requeueLost}).
 * A kill can make a URL be fetched twice; none is lost.
 *
 * <p>crawler4j also takes a URL out of process whenever its crawler thread returns, stored or not. A page fetched while
 * the crawl is being stopped or failing cannot be stored; {@link #leaveInProcess} keeps such a URL in process, so that
 * the next run fetches it again.
 */
final class ResumableFrontier extends Frontier {

    /** crawler4j's database of seen URLs: URL (UTF-8) to document id (4 bytes, big-endian). */
    private static final String SEEN_URLS_DB = "DocIDs";
    /** crawler4j's queue: keys are priority, depth, then the document id (4 bytes, big-endian). */
    private static final String QUEUE_DB = "PendingURLsDB";
    private static final int QUEUE_KEY_DOCID_OFFSET = 2;
    /** Ours: the document ids of the URLs crawler4j has finished with (fetched, failed or skipped). */
    private static final String DONE_DB = "NewsbatchDoneURLs";
    /** How long an idle crawler thread waits before looking at the queue again, should a wake-up have been missed. */
    private static final long IDLE_RECHECK_MS = 1000;

    private final Environment env;
    private final Database done;
    private final Set<String> unfinished = ConcurrentHashMap.newKeySet();

    ResumableFrontier(Environment env, CrawlConfig config) {
        super(env, config);
        if (!config.isResumableCrawling()) {
            throw new IllegalArgumentException("the frontier is only kept for resumable crawls");
        }
        this.env = env;
        this.done = env.openDatabase(null, DONE_DB, transactional());
    }

    /** Like crawler4j's, but a URL is recorded as in process before it leaves the queue. */
    @Override
    public void getNextURLs(int max, List<WebURL> result) {
        while (true) {
            synchronized (mutex) {
                if (isFinished) {
                    return;
                }
                List<WebURL> taken = workQueues.get(max);
                // a kill between these two steps leaves a URL both queued and in process: it is fetched again, not lost
                for (WebURL url : taken) {
                    inProcessPages.put(url);
                }
                workQueues.delete(taken.size());
                result.addAll(taken);
                if (!result.isEmpty()) {
                    return;
                }
            }
            try {
                synchronized (waitingList) {
                    waitingList.wait(IDLE_RECHECK_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (isFinished) {
                return;
            }
        }
    }

    /**
     * Marks the URL crawler4j's thread is working on as not finished: when the thread returns, the URL stays in process
     * and the next run fetches it again. Thread-safe.
     */
    void leaveInProcess(String url) {
        unfinished.add(url);
    }

    /** Records the URL as done, then lets crawler4j take it out of process; not a URL left in process. */
    @Override
    public void setProcessed(WebURL url) {
        if (unfinished.remove(url.getURL())) {
            return;
        }
        done.put(null, docIdKey(url.getDocid()), new DatabaseEntry(new byte[0]));
        super.setProcessed(url);
    }

    /**
     * Queues again, as seeds, the URLs a killed crawl had seen but neither queued nor finished with, where
     * {@code fetch} still allows them. Call before the crawler threads start.
     *
     * @return how many were queued again
     */
    int requeueLost(Predicate<String> fetch) {
        BitSet accountedFor = doneIds();
        accountedFor.or(queuedIds());
        List<WebURL> lost = new ArrayList<>();
        try (Database seen = env.openDatabase(null, SEEN_URLS_DB, transactional());
                Cursor cursor = seen.openCursor(null, null)) {
            DatabaseEntry key = new DatabaseEntry();
            DatabaseEntry value = new DatabaseEntry();
            while (cursor.getNext(key, value, null) == OperationStatus.SUCCESS) {
                int docId = ByteBuffer.wrap(value.getData()).getInt();
                String url = new String(key.getData(), StandardCharsets.UTF_8);
                if (!accountedFor.get(docId) && fetch.test(url)) {
                    lost.add(seed(url, docId));
                }
            }
        }
        scheduleAll(lost);
        return lost.size();
    }

    @Override
    public void close() {
        done.close();
        super.close();
    }

    private BitSet doneIds() {
        BitSet ids = new BitSet();
        try (Cursor cursor = done.openCursor(null, null)) {
            DatabaseEntry key = new DatabaseEntry();
            DatabaseEntry value = new DatabaseEntry();
            while (cursor.getNext(key, value, null) == OperationStatus.SUCCESS) {
                ids.set(ByteBuffer.wrap(key.getData()).getInt());
            }
        }
        return ids;
    }

    private BitSet queuedIds() {
        BitSet ids = new BitSet();
        try (Database queue = env.openDatabase(null, QUEUE_DB, transactional());
                Cursor cursor = queue.openCursor(null, null)) {
            DatabaseEntry key = new DatabaseEntry();
            DatabaseEntry value = new DatabaseEntry();
            value.setPartial(0, 0, true); // the keys are enough
            while (cursor.getNext(key, value, null) == OperationStatus.SUCCESS) {
                ids.set(ByteBuffer.wrap(key.getData()).getInt(QUEUE_KEY_DOCID_OFFSET));
            }
        }
        return ids;
    }

    private static WebURL seed(String url, int docId) {
        WebURL webUrl = new WebURL();
        webUrl.setURL(url);
        webUrl.setDocid(docId);
        webUrl.setDepth((short) 0);
        return webUrl;
    }

    private static DatabaseEntry docIdKey(int docId) {
        return new DatabaseEntry(ByteBuffer.allocate(Integer.BYTES).putInt(docId).array());
    }

    private static DatabaseConfig transactional() {
        DatabaseConfig config = new DatabaseConfig();
        config.setAllowCreate(true);
        config.setTransactional(true);
        return config;
    }
}
