package dev.newsbatch.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, chosen once per test JVM: the one {@code NEWSBATCH_TEST_DB_URL} names (CI sets it
 * to the machine's service), else a Testcontainers container where a Docker engine answers, else an embedded server
 * (zonky binaries). Never an in-memory imitation. Each test class gets a database of its own on it.
 */
public final class TestDatabase {

    /** Where a fresh database lives and how to log in to it. */
    public record Connection(String url, String user, String password) {

        public java.sql.Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Spring properties that point newsbatch at this database. */
        public String[] springProperties() {
            return new String[] {"--newsbatch.db.url=" + url, "--newsbatch.db.user=" + user,
                    "--newsbatch.db.password=" + (password == null ? "" : password)};
        }
    }

    private static Server server;

    private TestDatabase() {
    }

    /** Creates an empty database on the shared test server. */
    public static synchronized Connection freshDatabase() {
        if (server == null) {
            server = startServer();
        }
        String name = "nb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server.description() + ": " + e, e);
        }
        return new Connection(server.urlOf(name), server.user(), server.password());
    }

    /** Which server the tests use, for messages. */
    public static synchronized String description() {
        return server == null ? "(not started)" : server.description();
    }

    private record Server(String adminUrl, String user, String password, String description) {
        String urlOf(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String params = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }

    private static Server startServer() {
        String url = System.getenv("NEWSBATCH_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("NEWSBATCH_TEST_DB_USER", "postgres");
            return new Server(url, user, System.getenv("NEWSBATCH_TEST_DB_PASSWORD"), "PostgreSQL at " + url);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers PostgreSQL");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary folder goes with the next reboot at worst
                }
            }));
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null,
                    "embedded PostgreSQL on port " + embedded.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
