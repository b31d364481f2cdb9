package dev.newsbatch.job;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A run's metrics in Micrometer (pages read and items written per step, articles written, pages rejected by reason,
 * bytes read, step durations, success), written at the end of the run as Prometheus text to a file for
 * node_exporter's textfile collector, and pushed to a Prometheus Pushgateway when one is configured.
 */
@Component
public class RunMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(RunMetrics.class);
    private static final Duration PUSH_TIMEOUT = Duration.ofSeconds(10);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String metricsFile;
    private final String pushgatewayUrl;

    RunMetrics(@Value("${newsbatch.metrics-file:}") String metricsFile,
            @Value("${newsbatch.pushgateway-url:}") String pushgatewayUrl) {
        this.metricsFile = metricsFile;
        this.pushgatewayUrl = pushgatewayUrl;
    }

    /** Records one finished run, then writes and pushes the metrics where configured. */
    void record(JobExecution execution, RunSummary summary, long bytesRead) {
        String job = summary.job();
        for (StepExecution step : execution.getStepExecutions()) {
            registry.counter("newsbatch.items.read", "job", job, "step", step.getStepName()).increment(step.getReadCount());
            registry.counter("newsbatch.items.written", "job", job, "step", step.getStepName()).increment(step.getWriteCount());
            registry.counter("newsbatch.items.skipped", "job", job, "step", step.getStepName()).increment(step.getSkipCount());
            if (step.getStartTime() != null && step.getEndTime() != null) {
                registry.timer("newsbatch.step.duration", "job", job, "step", step.getStepName())
                        .record(Duration.between(step.getStartTime(), step.getEndTime()));
            }
        }
        registry.counter("newsbatch.pages.read", "job", job).increment(summary.pagesRead());
        registry.counter("newsbatch.pages.stored", "job", job).increment(summary.pagesStored());
        registry.counter("newsbatch.articles.written", "job", job).increment(summary.articlesWritten());
        for (Map.Entry<String, Long> rejected : summary.rejectedByReason().entrySet()) {
            registry.counter("newsbatch.pages.rejected", "job", job, "reason", rejected.getKey()).increment(rejected.getValue());
        }
        registry.counter("newsbatch.bytes.read", "job", job).increment(bytesRead);
        double success = summary.succeeded() ? 1 : 0;
        Gauge.builder("newsbatch.run.success", () -> success).tag("job", job)
                .description("1 if the last run completed, else 0").register(registry);
        double finishedAt = System.currentTimeMillis() / 1000.0;
        Gauge.builder("newsbatch.run.finished", () -> finishedAt).tag("job", job).baseUnit("seconds")
                .description("when the last run finished, as a Unix time").register(registry);
        publish(job);
    }

    /** The metrics in Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    private void publish(String job) {
        if (!metricsFile.isBlank()) {
            writeAtomically(Path.of(metricsFile), scrape());
        }
        if (!pushgatewayUrl.isBlank()) {
            push(job);
        }
    }

    /** node_exporter may read the file at any moment, so it must never see half of it. */
    private static void writeAtomically(Path file, String text) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".newsbatch-metrics", ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A failed push is logged, not fatal: the run itself did its work. */
    private void push(String job) {
        URI uri = URI.create(pushgatewayUrl.replaceAll("/+$", "") + "/metrics/job/newsbatch/run/"
                + URLEncoder.encode(job, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(PUSH_TIMEOUT).build().send(
                    HttpRequest.newBuilder(uri).timeout(PUSH_TIMEOUT)
                            .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                            .PUT(HttpRequest.BodyPublishers.ofString(scrape())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("the Pushgateway at {} answered HTTP {}", uri, response.statusCode());
            }
        } catch (IOException e) {
            LOG.warn("cannot push metrics to {}: {}", uri, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
