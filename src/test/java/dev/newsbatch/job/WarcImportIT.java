package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.source.warc.TestWarcs;
import dev.newsbatch.source.warc.WarcPageReader;
import dev.newsbatch.testing.NewsbatchProcess;
import dev.newsbatch.testing.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import job over WARC archives, end to end through the CLI, against a real PostgreSQL. */
class WarcImportIT {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    private TestDatabase.Connection database;

    @TempDir
    Path dir;

    @BeforeEach
    void pointNewsbatchAtAFreshDatabase() {
        database = TestDatabase.freshDatabase();
        System.setProperty("newsbatch.db.url", database.url());
        System.setProperty("newsbatch.db.user", database.user());
        System.setProperty("newsbatch.db.password", database.password() == null ? "" : database.password());
    }

    @AfterEach
    void forgetTheDatabase() {
        System.clearProperty("newsbatch.db.url");
        System.clearProperty("newsbatch.db.user");
        System.clearProperty("newsbatch.db.password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed.warc", "mixed.warc.gz"})
    void eachRecordEndsInTheRightTableAndImportingTwiceAddsNothing(String name) throws Exception {
        Path warc = TestWarcs.writeMixed(dir.resolve(name)).file();

        Cli.Result first = Cli.run("import", "--quiet", warc.toString());

        assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("6 pages read, 5 new, 4 articles written, 2 rejected (http_404 1, not_html 1), "
                + "4 WARC records not pages (request 1, metadata 1, warcinfo 1, revisit 1)");
        assertThat(strings("SELECT url FROM raw_page WHERE origin = 'warc' AND origin_ref LIKE 'urn:uuid:%' ORDER BY id"))
                .containsExactly(TestWarcs.STORY_URL, TestWarcs.GBK_URL, TestWarcs.GZIP_URL, TestWarcs.MISSING_URL,
                        TestWarcs.RESOURCE_URL);
        assertThat(strings("SELECT http_status || ' ' || fetched_at::text FROM raw_page WHERE url = '"
                + TestWarcs.STORY_URL + "'")).containsExactly("200 2024-03-05 08:30:00+00");
        assertThat(strings("SELECT a.url FROM article a ORDER BY a.raw_page_id"))
                .containsExactly(TestWarcs.STORY_URL, TestWarcs.GBK_URL, TestWarcs.GZIP_URL, TestWarcs.RESOURCE_URL);
        assertThat(strings("SELECT title FROM article WHERE url = '" + TestWarcs.GBK_URL + "'"))
                .containsExactly("上海老旧小区改造提速");
        assertThat(strings("SELECT body_text FROM article WHERE url = '" + TestWarcs.GZIP_URL + "'"))
                .singleElement().asString().contains("library to stay open on Sundays");
        assertThat(strings("SELECT reason || ' ' || url || ' ' || (raw_page_id IS NOT NULL) FROM rejected_page ORDER BY reason"))
                .containsExactly("http_404 " + TestWarcs.MISSING_URL + " true", "not_html " + TestWarcs.PDF_URL + " false");

        Cli.Result second = Cli.run("import", "--quiet", warc.toString());

        assertThat(second.exit()).as(second.out() + second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("6 pages read, 0 new, 0 articles written");
        assertThat(count("SELECT count(*) FROM raw_page")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM rejected_page")).isEqualTo(2);
    }

    @Test
    void damagedRecordsAreRecordedWithFileAndOffsetAndTheRestIsRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("archives"));
        TestWarcs.Written whole = TestWarcs.writeStories(dir.resolve("whole.warc.gz"), 4);
        byte[] bytes = Files.readAllBytes(whole.file());
        long cut = whole.offsets().get(7);
        Path truncated = folder.resolve("a-truncated.warc.gz");
        Files.write(truncated, Arrays.copyOf(bytes, (int) cut + 30));
        TestWarcs.Written plain = TestWarcs.writeStories(dir.resolve("plain.warc"), 3);
        byte[] damagedBytes = Files.readAllBytes(plain.file());
        long damaged = plain.offsets().get(3);
        Arrays.fill(damagedBytes, (int) damaged, (int) damaged + 20, (byte) '#');
        Path damagedFile = folder.resolve("b-damaged.warc");
        Files.write(damagedFile, damagedBytes);

        Cli.Result result = Cli.run("import", "--quiet", folder.toString());

        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(ExitCodes.OK);
        // 4 + 3 records read; the damaged file's two whole pages are the truncated one's captures again, so add nothing
        assertThat(result.out()).contains("7 pages read, 3 new, 3 articles written, 2 rejected (corrupt_record 2)");
        assertThat(strings("SELECT origin_ref || ' ' || detail FROM rejected_page WHERE reason = '"
                + WarcPageReader.CORRUPT_RECORD + "' ORDER BY origin_ref")).satisfiesExactly(
                        truncatedRow -> assertThat(truncatedRow).startsWith(truncated.toAbsolutePath() + "@" + cut + " ")
                                .contains("no readable record follows"),
                        damagedRow -> assertThat(damagedRow).startsWith(damagedFile.toAbsolutePath() + "@" + damaged + " ")
                                .contains("reading resumed at byte " + plain.offsets().get(4)));
        assertThat(strings("SELECT url FROM raw_page ORDER BY id")).containsExactly(
                "https://news.example.org/story/0", "https://news.example.org/story/1", "https://news.example.org/story/2");
    }

    /**
     * A WARC import in a child JVM is killed with SIGKILL; the restart must read exactly the records the killed run had
     * not committed, so that every page is stored once and every request record counted once.
     */
    @Test
    void aKilledWarcImportRestartsAfterItsLastCommittedRecord() throws Exception {
        int stories = 5000;
        Path warc = TestWarcs.writeStories(dir.resolve("stories.warc.gz"), stories).file();

        Process child = startImport(warc);
        waitForRawPages(child, 1000);
        child.destroyForcibly();
        child.waitFor();
        long committed = count("SELECT count(*) FROM raw_page");
        long killed = count("SELECT job_execution_id FROM batch_job_execution WHERE status = 'STARTED'");

        Cli.Result restart = Cli.run("restart", "--quiet", String.valueOf(killed));

        assertThat(restart.exit()).as(restart.out() + restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(restart.out()).contains("(restart of #" + killed + ") COMPLETED")
                .contains((stories - committed) + " pages read, " + (stories - committed) + " new")
                .contains(stories + " WARC records not pages (request " + stories + ")");
        long newest = count("SELECT max(job_execution_id) FROM batch_job_execution");
        assertThat(count("SELECT read_count FROM batch_step_execution WHERE job_execution_id = " + newest
                + " AND step_name = '" + ImportJobConfiguration.STEP_NAME + "'")).isEqualTo(stories - committed);
        assertThat(count("SELECT count(*) FROM raw_page")).isEqualTo(stories);
        assertThat(count("SELECT count(DISTINCT url) FROM raw_page")).isEqualTo(stories);
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(stories);
        assertThat(count("SELECT count(*) FROM rejected_page")).isZero();
    }

    private Process startImport(Path warc) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = Files.createTempFile("newsbatch-warc-child", ".log").toFile();
        return new ProcessBuilder(List.of(java, NewsbatchProcess.opsJvmOptions(), "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + database.url(), "-Dnewsbatch.db.user=" + database.user(),
                "-Dnewsbatch.db.password=" + (database.password() == null ? "" : database.password()),
                NewsbatchMain.class.getName(), "import", "--quiet", warc.toString()))
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    private void waitForRawPages(Process child, int target) throws Exception {
        Instant deadline = Instant.now().plus(RUN_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                fail("the run ended (exit " + child.exitValue() + ") before it could be killed at " + target);
            }
            if (countOrZero("SELECT count(*) FROM raw_page") >= target) {
                return;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        fail("the run did not reach " + target + " raw pages within " + RUN_LIMIT);
    }

    private long countOrZero(String sql) throws Exception {
        try {
            return count(sql);
        } catch (java.sql.SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // the child has not migrated the schema yet
            }
            throw e;
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = database.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
