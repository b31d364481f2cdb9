package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.testing.NewsbatchProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away in the middle of an import: the run must fail cleanly (an exit status and a one-line reason,
 * not a hang), and once the database is back, {@code restart} completes it with nothing lost and nothing twice. Uses a
 * PostgreSQL server of its own, since the test stops it.
 */
class DatabaseRestartIT {

    private static final int PAGES = 3000;
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private EmbeddedPostgres postgres;
    private String url;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("newsbatch.db.url");
        System.clearProperty("newsbatch.db.user");
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aRunWhoseDatabaseRestartsFailsCleanlyAndRestartCompletesIt() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(pages.resolve(String.format("p%05d.html", i)), "<html><body><article><p>Story " + i
                    + ": the ferry company said on Monday that the winter timetable would start a week early this year "
                    + "because of the storms.</p></article></body></html>");
        }
        Path data = dir.resolve("pg");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        postgres = start(data, port);
        url = "jdbc:postgresql://localhost:" + port + "/postgres";

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = dir.resolve("child.log").toFile();
        Process child = new ProcessBuilder(List.of(java, NewsbatchProcess.opsJvmOptions(),
                "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + url, "-Dnewsbatch.db.user=postgres",
                NewsbatchMain.class.getName(), "import", "--quiet", pages.toString()))
                .redirectErrorStream(true).redirectOutput(log).start();
        waitForRawPages(child, 600);
        postgres.close();
        postgres = null;

        assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the run ends once its database is gone").isTrue();
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isIn(ExitCodes.JOB_FAILED, ExitCodes.DATABASE_UNREACHABLE);
        String lastLine = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(lastLine).as(output).startsWith("newsbatch: ");

        postgres = start(data, port);
        System.setProperty("newsbatch.db.url", url);
        System.setProperty("newsbatch.db.user", "postgres");
        long killed = count("SELECT max(job_execution_id) FROM batch_job_execution");
        Cli.Result restart = Cli.run("restart", "--quiet", String.valueOf(killed));

        assertThat(restart.exit()).as(restart.out() + restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(count("SELECT count(*) FROM raw_page")).isEqualTo(PAGES);
        assertThat(count("SELECT count(*) FROM article")).isEqualTo(PAGES);
        assertThat(count("SELECT count(*) FROM raw_page WHERE cleaned_at IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM rejected_page")).isZero();
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false).setPort(port).start();
    }

    private void waitForRawPages(Process child, long target) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                fail("the import ended (exit " + child.exitValue() + ") before the database was stopped");
            }
            try {
                if (count("SELECT count(*) FROM raw_page") >= target) {
                    return;
                }
            } catch (SQLException notMigratedYet) {
                // the child has not created the tables yet
            }
            Thread.sleep(20);
        }
        fail("the import did not store " + target + " pages within " + LIMIT);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
