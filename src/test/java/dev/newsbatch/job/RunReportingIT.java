package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsbatch.cli.Cli;
import dev.newsbatch.cli.ExitCodes;
import dev.newsbatch.cli.NewsbatchMain;
import dev.newsbatch.store.JobLock;
import dev.newsbatch.testing.NewsbatchDatabase;
import dev.newsbatch.testing.TestDatabase;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How a run reports to the people and tools watching it: metrics, JSON logs, no secrets, one run at a time. */
class RunReportingIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    private static final String SECRET = "s3cr3t-Pa55word";

    @TempDir
    Path dir;




    @Test
    void metricsGoToAFileAndToThePushgateway() throws Exception {
        AtomicReference<String> pushed = new AtomicReference<>();
        AtomicReference<String> pushedPath = new AtomicReference<>();
        HttpServer pushgateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pushgateway.createContext("/", exchange -> {
            pushedPath.set(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            pushed.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        pushgateway.start();
        try {
            Path metrics = dir.resolve("textfile/newsbatch.prom");
            Cli.Result result = Cli.run("import", "--quiet", "--job", "jobs/samples.yml", "--metrics-file", metrics.toString(),
                    "--pushgateway", "http://127.0.0.1:" + pushgateway.getAddress().getPort(), "jobs/samples");
            assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.OK);

            String text = Files.readString(metrics);
            assertThat(text).contains("newsbatch_articles_written_total{job=\"import\"} 3.0")
                    .contains("newsbatch_pages_rejected_total{job=\"import\",reason=\"not_article\"} 1.0")
                    .contains("newsbatch_items_read_total{job=\"import\",step=\"importFiles\"} 4.0")
                    .contains("newsbatch_step_duration_seconds_count{job=\"import\",step=\"clean\"} 1")
                    .contains("newsbatch_run_success{job=\"import\"} 1.0")
                    .containsPattern("newsbatch_bytes_read_total\\{job=\"import\"} [1-9]");
            assertThat(pushedPath.get()).isEqualTo("PUT /metrics/job/newsbatch/run/import");
            assertThat(pushed.get()).contains("newsbatch_articles_written_total{job=\"import\"} 3.0");
        } finally {
            pushgateway.stop(0);
        }
    }

    @Test
    void aSecondRunOfTheSameJobExitsAtOnceWhileTheFirstHoldsTheLock() throws Exception {
        // hold the job's lock the way a running import does
        TestDatabase.Connection connection = database.connection();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(connection.url(), connection.user(),
                connection.password() == null ? "" : connection.password());
        try (JobLock holder = JobLock.tryAcquire(dataSource, JobLock.keyFor("import", "samples")).orElseThrow()) {
            Cli.Result second = Cli.run("import", "--quiet", "--job", "jobs/samples.yml", "jobs/samples");
            assertThat(second.exit()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.err()).contains("another run of import for samples is in progress");

            Cli.Result otherSite = Cli.run("import", "--quiet", "jobs/samples");
            assertThat(otherSite.exit()).as("a run for another site is not blocked").isEqualTo(ExitCodes.OK);
        }
        Cli.Result afterwards = Cli.run("import", "--quiet", "--job", "jobs/samples.yml", "jobs/samples");
        assertThat(afterwards.exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void jsonLogsAreJsonAndNoPasswordIsEverPrinted() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String url = database.connection().url() + (database.connection().url().contains("?") ? "&" : "?") + "password=" + SECRET;
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dnewsbatch.db.url=" + url, "-Dnewsbatch.db.user=" + database.connection().user(),
                "-Dnewsbatch.db.password=" + SECRET, "-Dnewsbatch.progress-interval=PT0S",
                NewsbatchMain.class.getName(), "import", "--log-format", "json", "jobs/samples"))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain(SECRET).contains("password=***");
        List<String> logLines = output.lines().filter(line -> line.startsWith("{")).toList();
        assertThat(logLines).as(output).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : logLines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
        }
        assertThat(logLines).anyMatch(line -> line.contains("clean: finished"));
    }
}
