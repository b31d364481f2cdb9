package dev.newsbatch.job;

import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.store.ArticleStore;
import dev.newsbatch.store.CleanedPage;
import dev.newsbatch.store.RawPageSelection;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.extract.Rejected;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code clean} job: each raw page not cleaned yet (or, with scope {@code all}, every raw page, optionally of one
 * site or fetched since a time) becomes an article or a rejection. Chunks are written in one transaction together with
 * the mark that the page is cleaned, and the reader pages by id, so a killed run restarts where it stopped and no page
 * is cleaned twice or missed.
 */
@Configuration(proxyBeanMethods = false)
public class CleanJobConfiguration {

    public static final String JOB_NAME = "clean";
    public static final String STEP_NAME = "clean";
    /** Job parameters of the clean step. */
    public static final String SCOPE = "scope";
    public static final String SCOPE_ALL = "all";
    public static final String SITE = "site";
    public static final String SINCE = "since";

    /** Pages per transaction: large enough to batch the inserts, small enough that a crash loses little work. */
    static final int CHUNK_SIZE = 50;

    @Bean
    @StepScope
    CleanSelection cleanSelection(@Value("#{jobParameters['" + SCOPE + "']}") String scope,
            @Value("#{jobParameters['" + SITE + "']}") String site,
            @Value("#{jobParameters['" + SINCE + "']}") String since) {
        return new CleanSelection(new RawPageSelection(SCOPE_ALL.equals(scope), site,
                since == null ? null : Instant.parse(since)));
    }

    /**
     * Reads the ids of the pages to clean and has them cleaned ahead of the step (see {@link CleaningReader}): each
     * cleaning thread loads its page's bytes itself (see {@link PageCleaner}), so loading overlaps extraction and the
     * memory held does not grow with the size of the pages. In an import it cleans what the import step beside it
     * stores, as it stores it.
     */
    @Bean
    @StepScope
    CleaningReader cleanReader(DataSource dataSource, CleanSelection cleanSelection, JobRepository jobRepository,
            @Value("#{stepExecution}") StepExecution step, PageCleaner pageCleaner,
            ThreadPoolTaskExecutor cleanExecutor) {
        BooleanSupplier importRunning = isImport(step) ? new ImportStepRunning(jobRepository, step) : () -> false;
        RawPageIdReader pages = new RawPageIdReader(new NamedParameterJdbcTemplate(dataSource),
                cleanSelection.selection(), CHUNK_SIZE, importRunning);
        // a chunk's worth ahead: the next chunk is cleaned while this one is written, and no more is held
        return new CleaningReader(pages, pageCleaner::clean, cleanExecutor, CHUNK_SIZE);
    }

    @Bean
    ProgressListener cleanProgress(ProgressDisplay display, RawPageStore rawPages, CleanSelection cleanSelection) {
        // beside an import the pages to clean are still being stored: their number is not known
        return new ProgressListener(display, "pages", step -> isImport(step) ? -1 : rawPages.count(cleanSelection.selection()),
                item -> item instanceof CleanedPage page && page.result() instanceof Rejected);
    }

    @Bean
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }

    @Bean
    SiteDefinitions siteDefinitions(@Value("${newsbatch.jobs-dir:jobs}") String jobsDir) {
        return new SiteDefinitions(Path.of(jobsDir));
    }

    @Bean
    PageCleaner pageCleaner(RawPageStore rawPages, ArticleExtractor extractor, SiteDefinitions sites) {
        return new PageCleaner(rawPages, extractor, sites,
                new CleaningMemory(CleaningMemory.shareOf(Runtime.getRuntime().maxMemory())));
    }

    @Bean
    @StepScope
    CleanedPageWriter cleanWriter(ArticleStore articles, @Value("#{stepExecution}") StepExecution step) {
        return new CleanedPageWriter(articles, step.getJobExecutionId());
    }

    /**
     * Threads that clean pages ahead of the step (see {@link CleaningReader}): extraction is pure CPU work, so one per
     * core. Reading, the lookup of stored copies and writing stay on the step's thread, in the order of the pages.
     */
    @Bean
    ThreadPoolTaskExecutor cleanExecutor(@Value("${newsbatch.clean-threads:0}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int size = cleaningThreads(threads);
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("clean-");
        executor.setDaemon(true);
        return executor;
    }

    /** Whether the step cleans beside an import step (see {@link ImportJobConfiguration#importJob}). */
    private static boolean isImport(StepExecution step) {
        return ImportJobConfiguration.JOB_NAME.equals(step.getJobExecution().getJobInstance().getJobName());
    }

    /** The threads that clean pages: as configured ({@code newsbatch.clean-threads}), else one per core. */
    static int cleaningThreads(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    @Bean
    Step cleanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CleaningReader cleanReader, ArticleStore articles, CleanedPageWriter cleanWriter,
            ProgressListener cleanProgress) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<CleanedPage, CleanedPage>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(cleanReader)
                // looked up once the chunks before are committed, so a copy in the last chunk is found
                .processor(articles::withStoredCopies)
                .writer(cleanWriter)
                .listener(cleanProgress)
                // pages an import stores when its run is restarted are cleaned by the restart, even if this step
                // had completed; the reader takes only pages not cleaned yet, so nothing is cleaned twice
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Job cleanJob(JobRepository jobRepository, Step cleanStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(cleanStep).build();
    }
}
