package dev.newsbatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A PostgreSQL session advisory lock that says "a run of this job is in progress". It is held on a connection of its
 * own for as long as the run lasts, and PostgreSQL releases it when that connection ends, even when the process is
 * killed with {@code kill -9}: so a lock that can be taken proves that no live process is running the job.
 */
public final class JobLock implements AutoCloseable {

    private final Connection connection;
    private final String key;

    private JobLock(Connection connection, String key) {
        this.connection = connection;
        this.key = key;
    }

    /** Takes the lock named {@code key} if no other session holds it; empty if one does. */
    public static Optional<JobLock> tryAcquire(DataSource dataSource, String key) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
            statement.setString(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.of(new JobLock(connection, key));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** The lock's name for a job of a site: one run at a time per job and site. */
    public static String keyFor(String job, String site) {
        return "newsbatch:" + job + ":" + (site == null ? "*" : site);
    }

    public String key() {
        return key;
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
            statement.setString(1, key);
            statement.execute();
        } finally {
            connection.close();
        }
    }
}
