package dev.newsbatch.job;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.newsbatch.store.ArticleReader;
import dev.newsbatch.store.ArticleStore;
import dev.newsbatch.store.DatabaseServer;
import dev.newsbatch.store.RawPageStore;
import dev.newsbatch.store.RejectionStore;
import dev.newsbatch.store.RunStatistics;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses the PostgreSQL server (the one {@code NEWSBATCH_DB_URL} or {@code spring.datasource.url} names, else an
 * embedded one with its data under {@code NEWSBATCH_DATA_DIR}, default {@code var/pg}) and the stores on top of it.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** Where the embedded server keeps its data when nothing else is said. */
    public static final String DEFAULT_DATA_DIR = "var/pg";
    /** How long to wait for a connection before telling the user the database is unreachable. */
    private static final long CONNECT_TIMEOUT_MS = 5_000;

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(Environment env) {
        String url = firstNonBlank(env.getProperty("newsbatch.db.url"), env.getProperty("spring.datasource.url"));
        if (url != null) {
            return DatabaseServer.configured(url,
                    firstNonBlank(env.getProperty("newsbatch.db.user"), env.getProperty("spring.datasource.username")),
                    firstNonBlank(env.getProperty("newsbatch.db.password"), env.getProperty("spring.datasource.password")));
        }
        return DatabaseServer.embedded(Path.of(env.getProperty("newsbatch.data-dir", DEFAULT_DATA_DIR)));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, @Value("${newsbatch.clean-threads:0}") int cleanThreads) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        // the run's lock (JobLock holds a connection), the import's and the clean's chunk transactions (an import runs
        // both steps at once), one spare, and one for each cleaning thread loading its page
        config.setMaximumPoolSize(4 + CleanJobConfiguration.cleaningThreads(cleanThreads));
        config.setPoolName("newsbatch");
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
        return new HikariDataSource(config);
    }

    @Bean
    RawPageStore rawPageStore(JdbcTemplate jdbc) {
        return new RawPageStore(jdbc);
    }

    @Bean
    ArticleStore articleStore(JdbcTemplate jdbc) {
        return new ArticleStore(jdbc);
    }

    @Bean
    RejectionStore rejectionStore(JdbcTemplate jdbc) {
        return new RejectionStore(jdbc);
    }

    @Bean
    ArticleReader articleReader(DataSource dataSource) {
        return new ArticleReader(dataSource);
    }

    @Bean
    RunStatistics runStatistics(JdbcTemplate jdbc) {
        return new RunStatistics(jdbc);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
