package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.testing.NewsbatchProcess;
import dev.newsbatch.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An import + clean of 5,000 pages in a child JVM is killed with SIGKILL at several points; {@code restart} must then
 * finish the run so that every page ends in exactly one of article / rejected_page, nothing twice, and without starting
 * over.
 */
class CrashRestartIT {

    private static final int PAGES = 5000;
    /** Every this many pages is empty, so the run also has rejections to keep. */
    private static final int EMPTY_EVERY = 97;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    private static Path pages;
    private TestDatabase.Connection database;

    @BeforeAll
    static void writePages() throws Exception {
        pages = Files.createTempDirectory("newsbatch-crash");
        for (int i = 0; i < PAGES; i++) {
            String body = i % EMPTY_EVERY == 0 ? "" : """
                    <html><head><title>Story %1$d</title></head><body><nav><a href="/">Home</a></nav><article>
                    <h1>Council story number %1$d</h1>
                    <p>The council met on evening %1$d to discuss the state of the harbour, the ferry timetable and the new cycle lanes on the coast road.</p>
                    <p>Residents who spoke at meeting %1$d asked for more buses in the winter and for the library to stay open on Sundays.</p>
                    <p>A decision on item %1$d is expected next month, after officials have costed each of the proposals put to them.</p>
                    </article></body></html>""".formatted(i);
            Files.writeString(pages.resolve(String.format("page-%05d.html", i)), body);
        }
    }

    @AfterEach
    void forget() {
        System.clearProperty("newsbatch.db.url");
        System.clearProperty("newsbatch.db.user");
        System.clearProperty("newsbatch.db.password");
    }

    @ParameterizedTest(name = "killed when {0} >= {1}")
    @CsvSource({"raw pages, 400", "raw pages, 3500", "cleaned pages, 1500"})
    void killedRunRestartsWithNothingLostAndNothingTwice(String measure, int killAt) throws Exception {
        database = TestDatabase.freshDatabase();
        String countSql = measure.equals("raw pages") ? "SELECT count(*) FROM raw_page"
                : "SELECT count(*) FROM raw_page WHERE cleaned_at IS NOT NULL";

        Process child = startImport();
        waitUntil(child, countSql, killAt);
        child.destroyForcibly();
        child.waitFor();

        long killed = count("SELECT job_execution_id FROM batch_job_execution WHERE status = 'STARTED'");
        System.setProperty("newsbatch.db.url", database.url());
        System.setProperty("newsbatch.db.user", database.user());
        System.setProperty("newsbatch.db.password", database.password() == null ? "" : database.password());
        Cli.Result restart = Cli.run("restart", "--quiet", String.valueOf(killed));

        assertThat(restart.exit()).as(restart.out() + restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(restart.out()).contains("(restart of #" + killed + ") COMPLETED");
        int empty = (PAGES + EMPTY_EVERY - 1) / EMPTY_EVERY;
        assertThat(count("SELECT count(*) FROM raw_page")).isEqualTo(PAGES);
        assertThat(count("SELECT count(*) FROM raw_page WHERE cleaned_at IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(PAGES - empty);
        assertThat(count("SELECT count(DISTINCT raw_page_id) FROM article")).isEqualTo(PAGES - empty);
        assertThat(count("SELECT count(*) FROM rejected_page")).isEqualTo(empty);
        assertThat(count("SELECT count(*) FROM raw_page r WHERE EXISTS (SELECT 1 FROM article a WHERE a.raw_page_id = r.id)"
                + " AND EXISTS (SELECT 1 FROM rejected_page j WHERE j.raw_page_id = r.id)")).isZero();
        // the restart continued: the step that was killed did not read everything again
        long newest = count("SELECT max(job_execution_id) FROM batch_job_execution");
        if (measure.equals("raw pages")) {
            assertThat(count("SELECT read_count FROM batch_step_execution WHERE job_execution_id = " + newest
                    + " AND step_name = 'importFiles'")).isLessThanOrEqualTo(PAGES - killAt);
        } else {
            assertThat(count("SELECT count(*) FROM batch_step_execution WHERE job_execution_id = " + newest
                    + " AND step_name = 'importFiles'")).as("the completed import step is not run again").isZero();
            assertThat(count("SELECT read_count FROM batch_step_execution WHERE job_execution_id = " + newest
                    + " AND step_name = 'clean'")).isLessThanOrEqualTo(PAGES - killAt);
        }
    }

    private Process startImport() throws Exception {
        return NewsbatchProcess.start(database, Files.createTempFile("newsbatch-child", ".log"), List.of(),
                NewsbatchMain.class.getName(), "import", "--quiet", pages.toString());
    }

    private void waitUntil(Process child, String countSql, int target) throws Exception {
        Instant deadline = Instant.now().plus(RUN_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                fail("the run ended (exit " + child.exitValue() + ") before it could be killed at " + target);
            }
            if (count(countSql) >= target) {
                return;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        fail("the run did not reach " + target + " within " + RUN_LIMIT);
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // the child has not migrated the schema yet
            }
            throw e;
        }
    }
}
