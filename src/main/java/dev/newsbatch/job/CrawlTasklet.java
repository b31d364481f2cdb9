package dev.newsbatch.job;

import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.UnreadablePage;
import dev.newsbatch.source.crawl.CrawlSettings;
import dev.newsbatch.source.crawl.KnownPages;
import dev.newsbatch.source.crawl.PageHandOff;
import dev.newsbatch.source.crawl.SiteCrawl;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.source.warc.WarcArchive;
import dev.newsbatch.store.RejectionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.StoppableTasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code crawl} step: runs a {@link SiteCrawl} on crawler4j's threads and stores what it hands off. Each call of
 * {@link #execute} is one transaction of the step: it takes one batch, stores its pages and failures, and lets the
 * batch's crawler threads go on only once the transaction has committed. It returns {@code CONTINUABLE} until the
 * crawl is done, so Spring Batch commits (and records the step's progress) batch by batch, not once at the end.
 */
class CrawlTasklet implements StoppableTasklet {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlTasklet.class);

    /** Pages per transaction; at most one page per crawler thread waits, so batches are rarely this large. */
    static final int BATCH_SIZE = 50;
    /** How long one call waits for something to store before returning to let Spring Batch check for a stop. */
    static final Duration POLL_WAIT = Duration.ofSeconds(1);

    private final CrawlSettings settings;
    private final Supplier<KnownPages> knownPages;
    private final RawPageStore rawPages;
    private final RejectionStore rejections;
    private final String timeZone;
    private final long jobExecutionId;
    private final WarcArchive archive;
    private SiteCrawl crawl;
    private long fetchesCounted;
    private volatile boolean stopRequested;

    CrawlTasklet(CrawlSettings settings, Supplier<KnownPages> knownPages, RawPageStore rawPages,
            RejectionStore rejections, String timeZone, long jobExecutionId, WarcArchive archive) {
        this.archive = archive;
        this.settings = settings;
        this.knownPages = knownPages;
        this.rawPages = rawPages;
        this.rejections = rejections;
        this.timeZone = timeZone;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        try {
            if (crawl == null) {
                crawl = SiteCrawl.start(settings, knownPages.get());
            }
            if (stopRequested) {
                crawl.abort();
                closeArchive();
                return RepeatStatus.FINISHED;
            }
            boolean crawlersEnded = crawl.crawlersEnded();
            store(crawl.handOff().take(BATCH_SIZE, POLL_WAIT), contribution);
            countFetches(contribution);
            if (crawlersEnded && crawl.handOff().isEmpty()) {
                crawl.finish();
                closeArchive();
                return RepeatStatus.FINISHED;
            }
            return RepeatStatus.CONTINUABLE;
        } catch (Exception | Error e) {
            if (crawl != null) {
                crawl.abort();
            }
            closeArchive();
            throw e;
        }
    }

    /** Stops the crawl at the next call; its frontier is kept for the next run. Called by Spring Batch's stop. */
    @Override
    public void stop() {
        stopRequested = true;
    }

    private void store(PageHandOff.Batch batch, StepContribution contribution) {
        if (batch.isEmpty()) {
            return;
        }
        List<RawPage> pages = new ArrayList<>();
        List<UnreadablePage> failures = new ArrayList<>();
        for (PageRead read : batch.reads()) {
            if (read instanceof RawPage page) {
                pages.add(page);
            } else {
                failures.add((UnreadablePage) read);
            }
        }
        releaseAfterCommit(batch);
        archive(pages);
        int stored = rawPages.insertNew(pages, timeZone, jobExecutionId);
        rejections.forgetUnreadable(pages.stream().map(RawPage::originRef).toList());
        rejections.recordUnreadable(failures, jobExecutionId);
        contribution.incrementWriteCount(stored);
    }

    /** Appends the fetched pages to the run's WARC archive, where one was asked for (crawl --warc DIR). */
    private void archive(List<RawPage> pages) {
        if (archive == null) {
            return;
        }
        try {
            for (RawPage page : pages) {
                archive.write(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the WARC archive " + archive.file() + ": " + e.getMessage(), e);
        }
    }

    private void closeArchive() {
        if (archive == null) {
            return;
        }
        try {
            archive.close();
            if (archive.pages() > 0) {
                LOG.info("archived {} fetched pages in {}", archive.pages(), archive.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the WARC archive " + archive.file() + ": " + e.getMessage(), e);
        }
    }

    /** Lets the batch's crawler threads go on once the step's transaction commits, or give up if it rolls back. */
    private static void releaseAfterCommit(PageHandOff.Batch batch) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the crawl step must run in a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    batch.stored();
                } else {
                    batch.failed(new IllegalStateException("the transaction storing the pages rolled back"));
                }
            }
        });
    }

    private void countFetches(StepContribution contribution) {
        long fetches = crawl.fetches();
        for (; fetchesCounted < fetches; fetchesCounted++) {
            contribution.incrementReadCount();
        }
    }
}
