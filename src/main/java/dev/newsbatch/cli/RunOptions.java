package dev.newsbatch.cli;

import dev.newsbatch.job.DatabaseConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options of the commands that use the database and run jobs. The server itself is chosen by NEWSBATCH_DB_URL (see
 * README); these say where the embedded one keeps its data, where job definitions are, and how a run reports.
 */
final class RunOptions {

    enum LogFormat { text, json }

    static final String DEFAULT_JOBS_DIR = "jobs";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded PostgreSQL's data, used when NEWSBATCH_DB_URL is not set "
                    + "(default: $NEWSBATCH_DATA_DIR, else " + DatabaseConfiguration.DEFAULT_DATA_DIR + ").")
    String dataDir;

    @Option(names = "--jobs-dir", paramLabel = "DIR",
            description = "Folder of job definitions, for the sites of stored pages (default: the folder of --job, "
                    + "else jobs).")
    String jobsDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; only the summary line and errors.")
    boolean quiet;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON object per log line, for log collectors.")
    LogFormat logFormat;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = "Write the run's metrics in Prometheus text format to FILE at the end "
                    + "(for node_exporter's textfile collector).")
    String metricsFile;

    @Option(names = "--pushgateway", paramLabel = "URL",
            description = "Push the run's metrics to this Prometheus Pushgateway (default: $NEWSBATCH_PUSHGATEWAY_URL).")
    String pushgateway;

    /** These options as Spring properties, for {@link ApplicationContexts#open}. */
    List<String> asProperties() {
        return asProperties(null);
    }

    /**
     * These options as Spring properties, for a run of the given job definition: unless --jobs-dir says otherwise,
     * the definition's own folder holds the settings the clean step looks up by site name.
     */
    List<String> asProperties(Path definition) {
        List<String> properties = new ArrayList<>();
        if (dataDir != null) {
            properties.add("--newsbatch.data-dir=" + dataDir);
        }
        String jobs = jobsDir != null ? jobsDir
                : definition != null ? String.valueOf(definition.toAbsolutePath().getParent()) : DEFAULT_JOBS_DIR;
        properties.add("--newsbatch.jobs-dir=" + jobs);
        properties.add("--newsbatch.progress=" + (quiet ? "none" : System.console() != null ? "bar" : "log"));
        if (logFormat == LogFormat.json) {
            properties.add("--logging.structured.format.console=logstash");
        }
        if (metricsFile != null) {
            properties.add("--newsbatch.metrics-file=" + metricsFile);
        }
        if (pushgateway != null) {
            properties.add("--newsbatch.pushgateway-url=" + pushgateway);
        }
        return properties;
    }
}
