package dev.newsbatch.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the planner's statistics of a table this process fills in step with its growth, by running {@code ANALYZE}
 * each time the rows written since the last one exceed half of the rows the table had then (and at least
 * {@value #MIN_GROWTH}): about a dozen times while a table grows from empty to 100,000 rows, none in a run that adds
 * little to a large table.
 *
 * <p>Why the job does it and not only autovacuum: autovacuum may be off (it is on some servers), and it analyzes a
 * table a while after a bulk load, not during it. Until then the planner has no statistics of the copies' lookup
 * columns and plans a sequential scan of every article for each article written (see {@link DuplicateLinker}): a run
 * of 20,000 pages then spent its time in that lookup. PostgreSQL's own advice is to analyze after loading much data.
 */
final class GrowingTableStatistics {

    /** Rows below which a table is small enough for any plan. */
    static final long MIN_GROWTH = 1_000;

    private final JdbcTemplate jdbc;
    private final String table;
    private final String columns;
    private long writtenSinceAnalyze;
    private long rowsAtLastAnalyze = -1;

    /**
     * @param columns the columns whose statistics lookups need: analyzing the large text columns too (a sample of up
     *                to 30,000 rows of article text and search vectors) would cost more than the lookups it helps
     */
    GrowingTableStatistics(JdbcTemplate jdbc, String table, String... columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = String.join(", ", columns);
    }

    /** Counts rows just written to the table, and analyzes it when they make it grow by half. */
    synchronized void written(int rows) {
        if (rowsAtLastAnalyze < 0) {
            rowsAtLastAnalyze = rowsAsAnalyzed();
        }
        writtenSinceAnalyze += rows;
        if (writtenSinceAnalyze >= Math.max(MIN_GROWTH, rowsAtLastAnalyze / 2)) {
            jdbc.execute("ANALYZE " + table + " (" + columns + ")");
            rowsAtLastAnalyze = rowsAsAnalyzed();
            writtenSinceAnalyze = 0;
        }
    }

    /** The rows the last {@code ANALYZE} (or {@code VACUUM}) counted; 0 for a table never analyzed. */
    private long rowsAsAnalyzed() {
        Long rows = jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = ?::regclass", Long.class,
                table);
        return rows == null ? 0 : Math.max(rows, 0);
    }
}
