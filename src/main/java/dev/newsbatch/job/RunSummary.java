package dev.newsbatch.job;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one job run did, for the one summary line a cron mail or a terminal shows.
 *
 * @param pagesRead       files or pages the run read (its first step's read count)
 * @param pagesStored     raw pages stored for the first time
 * @param rejectedByReason pages rejected, by reason code
 * @param failure         the first failure's message, or null
 * @param restartOf       the run this one restarted, or null
 * @param nonPageRecords  WARC records that are no pages (requests, metadata, ...), by kind: counted, not rejected
 */
public record RunSummary(long executionId, String job, String status, long pagesRead, long pagesStored,
        long articlesWritten, Map<String, Long> rejectedByReason, Duration duration, String failure, Long restartOf,
        Map<String, Long> nonPageRecords) {

    public RunSummary {
        rejectedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByReason)); // keeps the order
        nonPageRecords = Collections.unmodifiableMap(new LinkedHashMap<>(nonPageRecords));
    }

    /** A run that read no WARC records. */
    public RunSummary(long executionId, String job, String status, long pagesRead, long pagesStored,
            long articlesWritten, Map<String, Long> rejectedByReason, Duration duration, String failure,
            Long restartOf) {
        this(executionId, job, status, pagesRead, pagesStored, articlesWritten, rejectedByReason, duration, failure,
                restartOf, Map.of());
    }

    public boolean succeeded() {
        return "COMPLETED".equals(status);
    }

    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** e.g. {@code import #3 COMPLETED: 17 pages read, 15 new, 14 articles written, 3 rejected (binary 2, empty 1) in 2.1 s} */
    public String line() {
        StringBuilder line = new StringBuilder()
                .append(job).append(" #").append(executionId)
                .append(restartOf == null ? "" : " (restart of #" + restartOf + ")")
                .append(' ').append(status).append(": ")
                .append(pagesRead).append(" pages read, ");
        if (!job.equals(CleanJobConfiguration.JOB_NAME)) {
            line.append(pagesStored).append(" new, ");
        }
        line.append(articlesWritten).append(" articles written, ").append(rejected()).append(" rejected");
        if (!rejectedByReason.isEmpty()) {
            line.append(rejectedByReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        if (!nonPageRecords.isEmpty()) {
            line.append(", ").append(nonPageRecords.values().stream().mapToLong(Long::longValue).sum())
                    .append(" WARC records not pages")
                    .append(nonPageRecords.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ", " (", ")")));
        }
        line.append(String.format(" in %.1f s", duration.toMillis() / 1000.0));
        if (failure != null) {
            line.append(" — ").append(failure);
        }
        return line.toString();
    }
}
