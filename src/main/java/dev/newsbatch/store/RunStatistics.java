package dev.newsbatch.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What job runs did, read from the pages and articles they wrote and from Spring Batch's job repository. */
public final class RunStatistics {

    /**
     * One job execution as {@code runs} lists it.
     *
     * @param start    in the local time the job repository records, or null if it never started
     * @param duration null while it runs
     */
    public record Run(long id, String job, String status, LocalDateTime start, Duration duration, long read,
            long written, long skipped, String exitMessage) {
    }

    private static final String RECENT_RUNS = """
            SELECT e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message,
                   coalesce(sum(s.read_count), 0) AS read_count, coalesce(sum(s.write_count), 0) AS write_count,
                   coalesce(sum(s.read_skip_count + s.process_skip_count + s.write_skip_count), 0) AS skip_count
            FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id
            WHERE (CAST(? AS TEXT) IS NULL OR i.job_name = ?)
              AND (NOT CAST(? AS BOOLEAN) OR e.status IN ('FAILED', 'ABANDONED', 'STOPPED'))
            GROUP BY e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message
            ORDER BY e.job_execution_id DESC
            LIMIT ?""";

    /** One step of a job execution, as {@code show} lists it. */
    public record StepRun(String name, String status, LocalDateTime start, Duration duration, long read, long written,
            long filtered, long skipped, long commits, long rollbacks, String exitMessage) {
    }

    private final JdbcTemplate jdbc;

    public RunStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Raw pages a run stored for the first time. */
    public long pagesStored(long jobExecutionId) {
        return count("SELECT count(*) FROM raw_page WHERE job_execution_id = ?", jobExecutionId);
    }

    /** Bytes of the raw pages a run stored for the first time. */
    public long bytesStored(long jobExecutionId) {
        return count("SELECT coalesce(sum(octet_length(body)), 0) FROM raw_page WHERE job_execution_id = ?", jobExecutionId);
    }

    /** Articles a run inserted or updated. */
    public long articlesWritten(long jobExecutionId) {
        return count("SELECT count(*) FROM article WHERE last_job_execution_id = ?", jobExecutionId);
    }

    /** Pages a run rejected, by reason, most frequent first. */
    public Map<String, Long> rejectedByReason(long jobExecutionId) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        jdbc.query("SELECT reason, count(*) FROM rejected_page WHERE job_execution_id = ? GROUP BY reason "
                + "ORDER BY count(*) DESC, reason", rs -> {
                    byReason.put(rs.getString(1), rs.getLong(2));
                }, jobExecutionId);
        return byReason;
    }

    /** The most recent job executions, newest first. */
    public List<Run> recentRuns(int limit, String jobName, boolean failedOnly) {
        List<Run> runs = new ArrayList<>();
        jdbc.query(RECENT_RUNS, rs -> {
            LocalDateTime start = toLocal(rs.getTimestamp("start_time"));
            LocalDateTime end = toLocal(rs.getTimestamp("end_time"));
            runs.add(new Run(rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getString("status"), start,
                    start != null && end != null ? Duration.between(start, end) : null, rs.getLong("read_count"),
                    rs.getLong("write_count"), rs.getLong("skip_count"), rs.getString("exit_message")));
        }, jobName, jobName, failedOnly, limit);
        return runs;
    }

    /** The steps of one job execution, in the order they ran. */
    public List<StepRun> steps(long jobExecutionId) {
        List<StepRun> steps = new ArrayList<>();
        jdbc.query("""
                SELECT step_name, status, start_time, end_time, read_count, write_count, filter_count,
                       read_skip_count + process_skip_count + write_skip_count AS skip_count, commit_count,
                       rollback_count, exit_message
                FROM batch_step_execution WHERE job_execution_id = ? ORDER BY step_execution_id""", rs -> {
                    LocalDateTime start = toLocal(rs.getTimestamp("start_time"));
                    LocalDateTime end = toLocal(rs.getTimestamp("end_time"));
                    steps.add(new StepRun(rs.getString("step_name"), rs.getString("status"), start,
                            start != null && end != null ? Duration.between(start, end) : null, rs.getLong("read_count"),
                            rs.getLong("write_count"), rs.getLong("filter_count"), rs.getLong("skip_count"),
                            rs.getLong("commit_count"), rs.getLong("rollback_count"), rs.getString("exit_message")));
                }, jobExecutionId);
        return steps;
    }

    /**
     * Marks a running job execution STOPPING in the job repository, which the process running it reads at its next
     * chunk commit (Spring Batch's way of stopping a run from another process).
     *
     * @return whether the run was running and is now asked to stop
     */
    public boolean requestStop(long jobExecutionId) {
        return jdbc.update("UPDATE batch_job_execution SET status = 'STOPPING', version = version + 1, last_updated = "
                + "localtimestamp WHERE job_execution_id = ? AND status IN ('STARTING', 'STARTED')", jobExecutionId) == 1;
    }

    private long count(String sql, long jobExecutionId) {
        Long n = jdbc.queryForObject(sql, Long.class, jobExecutionId);
        return n == null ? 0 : n;
    }

    private static LocalDateTime toLocal(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
