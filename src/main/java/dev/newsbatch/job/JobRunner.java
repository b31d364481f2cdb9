package dev.newsbatch.job;

import dev.newsbatch.site.SiteDefinitionLoader;
import dev.newsbatch.store.JobLock;
import dev.newsbatch.store.RunStatistics;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and stops the jobs, one run at a time per job and site (a PostgreSQL advisory lock, so overlapping
 * cron runs are harmless), and sums up what each run did.
 */
@Component
public class JobRunner {

    /** A job parameter that differs for every launch, so each launch is a new job instance. */
    static final String LAUNCHED_AT = "launchedAt";

    private final JobOperator operator;
    private final JobRepository repository;
    private final List<Job> jobs;
    private final RunStatistics statistics;
    private final DataSource dataSource;
    private final RunMetrics metrics;
    private final CrawlOptions crawlOptions;

    JobRunner(JobOperator operator, JobRepository repository, List<Job> jobs, RunStatistics statistics,
            DataSource dataSource, RunMetrics metrics, CrawlOptions crawlOptions) {
        this.metrics = metrics;
        this.crawlOptions = crawlOptions;
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs;
        this.statistics = statistics;
        this.dataSource = dataSource;
    }

    /** Imports page files and folders, then cleans what is new. */
    public RunSummary importFiles(List<Path> paths, String site, ZoneId zone) throws Exception {
        JobParametersBuilder parameters = newLaunch()
                .addString(ImportJobConfiguration.PATHS,
                        paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining("\n")));
        addIfPresent(parameters, ImportJobConfiguration.SITE, site);
        addIfPresent(parameters, ImportJobConfiguration.TIME_ZONE, zone == null ? null : zone.getId());
        return launch(ImportJobConfiguration.JOB_NAME, parameters.toJobParameters());
    }

    /**
     * Cleans raw pages: those not cleaned yet, or with {@code all} every one (of a site, fetched since a time, where
     * those are given) again with the current cleaner.
     */
    public RunSummary clean(boolean all, String site, Instant since) throws Exception {
        JobParametersBuilder parameters = newLaunch();
        addIfPresent(parameters, CleanJobConfiguration.SCOPE, all ? CleanJobConfiguration.SCOPE_ALL : null);
        addIfPresent(parameters, CleanJobConfiguration.SITE, site);
        addIfPresent(parameters, CleanJobConfiguration.SINCE, since == null ? null : since.toString());
        return launch(CleanJobConfiguration.JOB_NAME, parameters.toJobParameters());
    }

    /** Starts a job by name with the given parameters, under the job's lock. */
    public RunSummary launch(String jobName, JobParameters parameters) throws Exception {
        Job job = job(jobName);
        try (JobLock lock = lock(jobName, parameters.getString(ImportJobConfiguration.SITE))) {
            return summarize(operator.start(job, parameters), null);
        }
    }

    /**
     * Continues a failed, stopped or killed run from its last commit. A run still marked as running whose lock is free
     * was killed (its process holds the lock for as long as it lives), so it is marked failed first.
     *
     * @throws IllegalArgumentException when there is no such run, or it completed and there is nothing to restart
     * @throws AlreadyRunningException  when a live process is running the job
     */
    public RunSummary restart(long executionId) throws Exception {
        JobExecution execution = execution(executionId);
        String jobName = execution.getJobInstance().getJobName();
        try (JobLock lock = lock(jobName, execution.getJobParameters().getString(ImportJobConfiguration.SITE))) {
            if (execution.getStatus().isRunning()) {
                operator.recover(execution);
                execution = execution(executionId);
            }
            if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
                throw new IllegalArgumentException("run #" + executionId + " is " + execution.getStatus()
                        + "; there is nothing to restart");
            }
            return summarize(operator.restart(execution), executionId);
        }
    }

    /**
     * Asks a running run to stop: it finishes its current chunk, commits, and ends as STOPPED, ready for a restart.
     *
     * @throws IllegalArgumentException when there is no such run or it is not running
     */
    public void stop(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.isRunning()) {
            throw new IllegalArgumentException("run #" + executionId + " is not running");
        }
        // Only the run's status is set to STOPPING: the process running it reads that status when it commits its
        // next chunk and stops there. JobOperator.stop also updates the step executions from this process, which
        // makes the running process's next step update fail on a version conflict instead of stopping gracefully.
        if (!statistics.requestStop(executionId)) {
            throw new IllegalArgumentException("run #" + executionId + " is not running");
        }
    }

    /** The run's execution, or an IllegalArgumentException naming it. */
    public JobExecution execution(long executionId) {
        return Optional.ofNullable(repository.getJobExecution(executionId))
                .orElseThrow(() -> new IllegalArgumentException("no run #" + executionId));
    }

    private Job job(String name) {
        return jobs.stream().filter(j -> j.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job named " + name));
    }

    private JobLock lock(String jobName, String site) throws SQLException {
        return JobLock.tryAcquire(dataSource, JobLock.keyFor(jobName, site))
                .orElseThrow(() -> new AlreadyRunningException("another run of " + jobName
                        + (site == null ? "" : " for " + site) + " is in progress"));
    }

    /**
     * Crawls the site a job definition describes, then cleans what is new.
     *
     * @param refresh  re-fetch stories already stored
     * @param maxPages pages to fetch in this run instead of the definition's max-pages, or null
     */
    public RunSummary crawl(Path definition, boolean refresh, Integer maxPages) throws Exception {
        return crawl(definition, refresh, maxPages, null);
    }

    /** Crawls the site, also writing what it fetched as a WARC archive in {@code warcDir} when that is given. */
    public RunSummary crawl(Path definition, boolean refresh, Integer maxPages, Path warcDir) throws Exception {
        JobParametersBuilder parameters = newLaunch()
                .addString(CrawlJobConfiguration.DEFINITION, definition.toAbsolutePath().normalize().toString())
                .addString(CrawlJobConfiguration.REFRESH, String.valueOf(refresh))
                // a restart must continue the frontier where this run keeps it, whatever its own settings say
                .addString(CrawlJobConfiguration.CRAWL_DIR,
                        crawlOptions.crawlDir().toAbsolutePath().normalize().toString())
                // the site names the run's lock, and limits its clean step to the pages of this site
                .addString(ImportJobConfiguration.SITE, new SiteDefinitionLoader().load(definition).name());
        if (maxPages != null) {
            parameters.addLong(CrawlJobConfiguration.MAX_PAGES, maxPages.longValue());
        }
        addIfPresent(parameters, CrawlJobConfiguration.WARC_DIR,
                warcDir == null ? null : warcDir.toAbsolutePath().normalize().toString());
        return launch(CrawlJobConfiguration.JOB_NAME, parameters.toJobParameters());
    }

    private static JobParametersBuilder newLaunch() {
        return new JobParametersBuilder().addLong(LAUNCHED_AT, System.currentTimeMillis());
    }

    private static void addIfPresent(JobParametersBuilder parameters, String key, String value) {
        if (value != null) {
            parameters.addString(key, value);
        }
    }

    RunSummary summarize(JobExecution execution, Long restartOf) {
        long id = execution.getId();
        Optional<StepExecution> source = sourceStep(execution);
        long read = source.map(StepExecution::getReadCount).orElse(0L);
        Duration duration = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null
                : execution.getAllFailureExceptions().stream().findFirst()
                        .map(e -> e.getMessage() == null ? e.toString() : e.getMessage()).orElse(null);
        Map<String, Long> nonPageRecords = source
                .map(step -> WarcAndFileItemReader.nonPageCounts(step.getExecutionContext())).orElse(Map.of());
        RunSummary summary = new RunSummary(id, execution.getJobInstance().getJobName(), execution.getStatus().name(),
                read, statistics.pagesStored(id), statistics.articlesWritten(id), statistics.rejectedByReason(id),
                duration, failure, restartOf, nonPageRecords);
        metrics.record(execution, summary, statistics.bytesStored(id));
        return summary;
    }

    /** The step that read the run's pages: the import or crawl step (the clean step may run beside it), else the clean. */
    private static Optional<StepExecution> sourceStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(ImportJobConfiguration.STEP_NAME)
                        || step.getStepName().equals(CrawlJobConfiguration.STEP_NAME))
                .findFirst()
                .or(() -> execution.getStepExecutions().stream().findFirst());
    }
}
