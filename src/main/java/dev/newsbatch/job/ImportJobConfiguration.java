package dev.newsbatch.job;

import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.UnreadablePage;
import dev.newsbatch.source.files.PageFileReader;
import dev.newsbatch.source.files.PageFiles;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.store.RejectionStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code import} job: reads page files (HTML and text dumps) and WARC archives into {@code raw_page}, then runs
 * the clean step. The same bytes from the same file (or URL, for WARC records) are stored once, so importing a folder
 * again adds nothing.
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {

    public static final String JOB_NAME = "import";
    public static final String STEP_NAME = "importFiles";
    /** Job parameters: the paths (one per line), the site (job definition name) and the zone of the pages. */
    public static final String PATHS = "paths";
    public static final String SITE = "site";
    public static final String TIME_ZONE = "timeZone";

    /** Pages (files or WARC records) per transaction. */
    static final int CHUNK_SIZE = 50;

    /** Shared by the step's reader, which closes it, and its writer. */
    @Bean
    @StepScope
    BodySpool importBodySpool() {
        return new BodySpool(BodySpool.chunkShareOf(Runtime.getRuntime().maxMemory()));
    }

    @Bean
    @StepScope
    WarcAndFileItemReader importReader(@Value("#{jobParameters['" + PATHS + "']}") String paths,
            @Value("#{jobParameters['" + SITE + "']}") String site, BodySpool importBodySpool) {
        List<Path> listed = Arrays.stream(paths.split("\n")).filter(p -> !p.isBlank()).map(Path::of).toList();
        return new WarcAndFileItemReader(PageFiles.list(listed).files(),
                new PageFileReader(ExtractionSettings.DEFAULT_MAX_BYTES), site, ExtractionSettings.DEFAULT_MAX_BYTES,
                importBodySpool);
    }

    @Bean
    @StepScope
    PageReadWriter importWriter(RawPageStore rawPages, RejectionStore rejections,
            @Value("#{jobParameters['" + TIME_ZONE + "']}") String timeZone,
            @Value("#{stepExecution}") StepExecution step, BodySpool importBodySpool) {
        return new PageReadWriter(rawPages, rejections, timeZone, step.getJobExecutionId(), importBodySpool);
    }

    @Bean
    ProgressListener importProgress(ProgressDisplay display, WarcAndFileItemReader importReader) {
        return new ProgressListener(display, "pages", step -> importReader.knownTotal(),
                item -> item instanceof UnreadablePage);
    }

    @Bean
    Step importStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            WarcAndFileItemReader importReader, PageReadWriter importWriter, ProgressListener importProgress) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<PageRead, PageRead>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(importReader)
                .writer(importWriter)
                .listener(importProgress)
                .build();
    }

    /**
     * Import and clean run at once: the clean step cleans the pages the import step has committed while it reads on
     * (see {@link RawPageIdReader}), so the cores extract while the database stores, and the run takes about as long as
     * the slower of the two instead of their sum.
     */
    @Bean
    Job importJob(JobRepository jobRepository, Step importStep, Step cleanStep) {
        Flow importing = new FlowBuilder<SimpleFlow>("importing").start(importStep).build();
        Flow cleaning = new FlowBuilder<SimpleFlow>("cleaning").start(cleanStep).build();
        SimpleAsyncTaskExecutor bothAtOnce = new SimpleAsyncTaskExecutor("import-");
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new FlowBuilder<SimpleFlow>("importAndClean").split(bothAtOnce).add(importing, cleaning).build())
                .end()
                .build();
    }
}
