package dev.newsbatch.job;

import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.site.SiteDefinition;
import dev.newsbatch.source.warc.WarcArchive;
import dev.newsbatch.site.SiteDefinitionLoader;
import dev.newsbatch.source.crawl.KnownPages;
import dev.newsbatch.store.CrawledUrls;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.store.RejectionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code crawl} job: fetches a site's new stories with crawler4j into {@code raw_page} (failures into
 * {@code rejected_page}), then runs the clean step over the new pages. A killed crawl leaves its resumable frontier in
 * {@code newsbatch.crawl-dir}/NAME and the next run continues it; pages are stored with their URL as source key and
 * articles are upserted by canonical URL, so nothing is stored twice.
 */
@Configuration(proxyBeanMethods = false)
public class CrawlJobConfiguration {

    public static final String JOB_NAME = "crawl";
    public static final String STEP_NAME = "crawl";
    /** Job parameters: the job definition file, whether to re-fetch stored stories, and a page limit for this run. */
    public static final String DEFINITION = "definition";
    public static final String REFRESH = "refresh";
    public static final String MAX_PAGES = "maxPages";
    /** Job parameter: the folder to write the run's WARC archive in, if one is wanted. */
    public static final String WARC_DIR = "warcDir";
    /** Job parameter: the folder of the frontiers the run keeps (runs from before it was recorded: the setting's). */
    public static final String CRAWL_DIR = "crawlDir";

    @Bean
    CrawledUrls crawledUrls(JdbcTemplate jdbc) {
        return new CrawledUrls(jdbc);
    }

    @Bean
    CrawlOptions crawlOptions(@Value("${newsbatch.crawl-dir:" + CrawlOptions.DEFAULT_CRAWL_DIR + "}") String crawlDir,
            @Value("${newsbatch.crawl.threads:" + CrawlOptions.DEFAULT_THREADS + "}") int threads,
            @Value("${newsbatch.crawl.timeout-ms:" + CrawlOptions.DEFAULT_TIMEOUT_MS + "}") long timeoutMs,
            @Value("${newsbatch.crawl.max-bytes:" + ExtractionSettings.DEFAULT_MAX_BYTES + "}")
            int maxBytes) {
        return new CrawlOptions(Path.of(crawlDir), threads, Duration.ofMillis(timeoutMs), maxBytes);
    }

    @Bean
    @StepScope
    CrawlTasklet crawlTasklet(CrawlOptions options, CrawledUrls crawledUrls, RawPageStore rawPages,
            RejectionStore rejections,
            @Value("#{jobParameters['" + DEFINITION + "']}") String definitionFile,
            @Value("#{jobParameters['" + REFRESH + "']}") String refresh,
            @Value("#{jobParameters['" + MAX_PAGES + "']}") Long maxPages,
            @Value("#{jobParameters['" + WARC_DIR + "']}") String warcDir,
            @Value("#{jobParameters['" + CRAWL_DIR + "']}") String crawlDir,
            @Value("#{stepExecution}") StepExecution step) {
        SiteDefinition site = new SiteDefinitionLoader().load(Path.of(definitionFile));
        Supplier<KnownPages> known = () -> knownPages(crawledUrls, site, Boolean.parseBoolean(refresh));
        CrawlOptions runOptions = crawlDir == null ? options : options.withCrawlDir(Path.of(crawlDir));
        return new CrawlTasklet(runOptions.settingsFor(site, maxPages == null ? null : Math.toIntExact(maxPages)), known,
                rawPages, rejections, site.timeZone() == null ? null : site.timeZone().getId(),
                step.getJobExecutionId(),
                warcDir == null ? null : new WarcArchive(Path.of(warcDir), site.name(), site.userAgent()));
    }

    /**
     * The stories not to fetch again: none with {@code --refresh}; else those stored within the definition's
     * {@code refresh-after}; else every one stored.
     */
    private static KnownPages knownPages(CrawledUrls crawledUrls, SiteDefinition site, boolean refresh) {
        if (refresh) {
            return KnownPages.NONE;
        }
        Instant since = site.refreshAfterAge().map(age -> Instant.now().minus(age)).orElse(null);
        return KnownPages.of(crawledUrls.storedSince(site.name(), since));
    }

    @Bean
    Step crawlStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CrawlTasklet crawlTasklet) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(crawlTasklet, transactionManager)
                .build();
    }

    @Bean
    Job crawlJob(JobRepository jobRepository, Step crawlStep, Step cleanStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(crawlStep).next(cleanStep).build();
    }
}
