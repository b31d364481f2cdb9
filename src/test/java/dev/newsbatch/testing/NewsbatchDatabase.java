package dev.newsbatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database for each test, with newsbatch pointed at it (the {@code newsbatch.db.*} properties that commands run
 * in this JVM read), and queries to check what a run left there.
 *
 * <pre>{@code @RegisterExtension final NewsbatchDatabase database = new NewsbatchDatabase();}</pre>
 */
public final class NewsbatchDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final List<String> PROPERTIES = List.of("newsbatch.db.url", "newsbatch.db.user", "newsbatch.db.password");

    private TestDatabase.Connection connection;

    @Override
    public void beforeEach(ExtensionContext context) {
        connection = TestDatabase.freshDatabase();
        System.setProperty("newsbatch.db.url", connection.url());
        System.setProperty("newsbatch.db.user", connection.user());
        System.setProperty("newsbatch.db.password", connection.password() == null ? "" : connection.password());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        PROPERTIES.forEach(System::clearProperty);
    }

    public TestDatabase.Connection connection() {
        return connection;
    }

    /** The database with newsbatch's schema, for tests of the store's classes without a command run. */
    public DataSource migrated() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(connection.url(), connection.user(),
                connection.password() == null ? "" : connection.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    public Connection open() throws SQLException {
        return connection.open();
    }

    /** The number in the first column of the query's one row. */
    public long count(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for " + sql).isTrue();
            return rs.getLong(1);
        }
    }

    /** The query's first row by column label; timestamps with zone as {@link OffsetDateTime}. */
    public Map<String, Object> row(String sql) throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for " + sql).isTrue();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value != null && rs.getMetaData().getColumnTypeName(i).equals("timestamptz")) {
                    value = rs.getObject(i, OffsetDateTime.class);
                }
                row.put(rs.getMetaData().getColumnLabel(i), value);
            }
            return row;
        }
    }
}
