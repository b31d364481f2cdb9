package dev.newsbatch.job;

import dev.newsbatch.store.RunStatistics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the jobs with their parameters and sums up what each run did. */
@Component
public class JobRunner {

    /** A job parameter that differs for every launch, so each launch is a new job instance. */
    static final String LAUNCHED_AT = "launchedAt";

    private final JobOperator operator;
    private final Job importJob;
    private final Job cleanJob;
    private final Job crawlJob;
    private final RunStatistics statistics;

    JobRunner(JobOperator operator, @Qualifier("importJob") Job importJob, @Qualifier("cleanJob") Job cleanJob,
            @Qualifier("crawlJob") Job crawlJob, RunStatistics statistics) {
        this.operator = operator;
        this.importJob = importJob;
        this.cleanJob = cleanJob;
        this.crawlJob = crawlJob;
        this.statistics = statistics;
    }

    /** Imports page files and folders, then cleans what is new. */
    public RunSummary importFiles(List<Path> paths, String site, ZoneId zone) throws Exception {
        JobParametersBuilder parameters = newLaunch()
                .addString(ImportJobConfiguration.PATHS,
                        paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining("\n")));
        if (site != null) {
            parameters.addString(ImportJobConfiguration.SITE, site);
        }
        if (zone != null) {
            parameters.addString(ImportJobConfiguration.TIME_ZONE, zone.getId());
        }
        return summarize(operator.start(importJob, parameters.toJobParameters()));
    }

    /**
     * Cleans raw pages: those not cleaned yet, or with {@code all} every one (of a site, fetched since a time, where
     * those are given) again with the current cleaner.
     */
    public RunSummary clean(boolean all, String site, Instant since) throws Exception {
        JobParametersBuilder parameters = newLaunch();
        if (all) {
            parameters.addString(CleanJobConfiguration.SCOPE, CleanJobConfiguration.SCOPE_ALL);
        }
        if (site != null) {
            parameters.addString(CleanJobConfiguration.SITE, site);
        }
        if (since != null) {
            parameters.addString(CleanJobConfiguration.SINCE, since.toString());
        }
        return summarize(operator.start(cleanJob, parameters.toJobParameters()));
    }

    /**
     * Crawls the site a job definition describes, then cleans what is new.
     *
     * @param refresh  re-fetch stories already stored
     * @param maxPages pages to fetch in this run instead of the definition's max-pages, or null
     */
    public RunSummary crawl(Path definition, boolean refresh, Integer maxPages) throws Exception {
        JobParametersBuilder parameters = newLaunch()
                .addString(CrawlJobConfiguration.DEFINITION, definition.toAbsolutePath().normalize().toString())
                .addString(CrawlJobConfiguration.REFRESH, String.valueOf(refresh));
        if (maxPages != null) {
            parameters.addLong(CrawlJobConfiguration.MAX_PAGES, maxPages.longValue());
        }
        return summarize(operator.start(crawlJob, parameters.toJobParameters()));
    }

    private static JobParametersBuilder newLaunch() {
        return new JobParametersBuilder().addLong(LAUNCHED_AT, System.currentTimeMillis());
    }

    RunSummary summarize(JobExecution execution) {
        long id = execution.getId();
        long read = execution.getStepExecutions().stream().findFirst().map(StepExecution::getReadCount).orElse(0L);
        Duration duration = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getMessage() == null ? e.toString() : e.getMessage()).orElse(null);
        return new RunSummary(id, execution.getJobInstance().getJobName(), execution.getStatus().name(), read,
                statistics.pagesStored(id), statistics.articlesWritten(id), statistics.rejectedByReason(id), duration,
                failure);
    }

}
