package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.testing.NewsbatchProcess;
import dev.newsbatch.testing.NewsbatchDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code stop} asks a run in another process to stop after its chunk; it ends STOPPED, exit 1, and restart finishes it. */
class StopRunIT {

    private static final int PAGES = 4000;
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    @TempDir
    Path dir;

    @Test
    void aStoppedRunEndsStoppedAndRestartFinishesIt() throws Exception {
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(dir.resolve(String.format("p%05d.html", i)), "<html><body><article><p>Story " + i
                    + ": the library said on Friday that it would open on Sundays from next month, after a petition "
                    + "signed by many readers.</p></article></body></html>");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, NewsbatchProcess.opsJvmOptions(), "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + database.connection().url(), "-Dnewsbatch.db.user=" + database.connection().user(),
                NewsbatchMain.class.getName(), "import", "--quiet", dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        waitForRawPages(child, 500);
        long running = database.count("SELECT max(job_execution_id) FROM batch_job_execution");

        Cli.Result stop = Cli.run("stop", "--quiet", String.valueOf(running));
        assertThat(stop.exit()).as(stop.err()).isZero();
        assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(output).contains("import #" + running + " STOPPED");
        assertThat(database.count("SELECT count(*) FROM batch_job_execution WHERE status = 'STOPPED'")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM article")).as("stopped before the end").isLessThan(PAGES);

        Cli.Result restart = Cli.run("restart", "--quiet", String.valueOf(running));
        assertThat(restart.exit()).as(restart.err()).isEqualTo(ExitCodes.OK);
        assertThat(database.count("SELECT count(*) FROM raw_page")).isEqualTo(PAGES);
        assertThat(database.count("SELECT count(*) FROM article")).isEqualTo(PAGES);

        Cli.Result notRunning = Cli.run("stop", "--quiet", String.valueOf(running));
        assertThat(notRunning.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(notRunning.err()).contains("is not running");
    }

    private void waitForRawPages(Process child, long target) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                fail("the import ended (exit " + child.exitValue() + ") before it could be stopped");
            }
            try {
                if (database.count("SELECT count(*) FROM raw_page") >= target) {
                    return;
                }
            } catch (java.sql.SQLException notMigratedYet) {
                // the child has not created the tables yet
            }
            Thread.sleep(20);
        }
        fail("the import did not store " + target + " pages within " + LIMIT);
    }
}
