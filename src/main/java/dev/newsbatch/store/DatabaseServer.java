package dev.newsbatch.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server newsbatch uses: one the user configured, or, when none is, an embedded server (a real
 * PostgreSQL 17 from the zonky binaries) whose data lives in a local folder, so that articles survive between runs and a
 * first run needs nothing installed. Closing it stops an embedded server; a configured one is left alone.
 */
public final class DatabaseServer implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String description;
    private final EmbeddedPostgres embedded;

    private DatabaseServer(String jdbcUrl, String user, String password, String description, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
    }

    /** A server the user configured; nothing is started. */
    public static DatabaseServer configured(String jdbcUrl, String user, String password) {
        return new DatabaseServer(jdbcUrl, user, password, "PostgreSQL at " + withoutSecrets(jdbcUrl), null);
    }

    /**
     * Starts the embedded server on the data folder, creating it on first use.
     *
     * @throws IllegalStateException with a one-line reason when the server cannot start (e.g. the folder is in use by
     *                               another newsbatch process)
     */
    public static DatabaseServer embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(false)
                    .start();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            return new DatabaseServer(url, "postgres", null,
                    "embedded PostgreSQL 17 with its data in " + dataDir + " (port " + postgres.getPort() + ")", postgres);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL in " + dataDir + ": " + rootMessage(e), e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** One line for the user: which server is used, with no password in it. */
    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
            }
        }
    }

    /** The URL with any password parameter masked, for messages and logs. */
    static String withoutSecrets(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
