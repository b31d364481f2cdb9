package dev.newsbatch.cli;

import dev.newsbatch.job.DatabaseConfiguration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of the commands that use the database. The server itself is chosen by NEWSBATCH_DB_URL (see README). */
final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded PostgreSQL's data, used when NEWSBATCH_DB_URL is not set "
                    + "(default: $NEWSBATCH_DATA_DIR, else " + DatabaseConfiguration.DEFAULT_DATA_DIR + ").")
    String dataDir;

    @Option(names = "--jobs-dir", paramLabel = "DIR", defaultValue = "jobs",
            description = "Folder of job definitions, for the sites of stored pages (default: ${DEFAULT-VALUE}).")
    String jobsDir;

    /** These options as Spring properties, for {@link ApplicationContexts#open}. */
    List<String> asProperties() {
        List<String> properties = new ArrayList<>();
        if (dataDir != null) {
            properties.add("--newsbatch.data-dir=" + dataDir);
        }
        properties.add("--newsbatch.jobs-dir=" + jobsDir);
        return properties;
    }
}
