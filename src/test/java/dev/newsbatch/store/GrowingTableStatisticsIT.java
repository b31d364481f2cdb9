package dev.newsbatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.testing.NewsbatchDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

class GrowingTableStatisticsIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    private JdbcTemplate jdbc;
    private int stored;

    @BeforeEach
    void migrate() {
        DataSource dataSource = database.migrated();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void analyzesWhenTheTableHasGrownByHalfSoThatCopiesAreLookedUpByIndex() {
        GrowingTableStatistics statistics = new GrowingTableStatistics(jdbc, "article", "body_hash", "paragraph_hashes");
        statistics.written(store(600));
        assertThat(rowsAsAnalyzed()).as("600 rows: below the minimum growth, not analyzed yet").isEqualTo(-1);
        assertThat(candidatesPlan()).as("without statistics the paragraph lookup scans every article")
                .contains("Seq Scan on article");

        statistics.written(store(1_900));
        assertThat(rowsAsAnalyzed()).isEqualTo(2_500);
        assertThat(candidatesPlan()).contains("article_paragraph_hashes_idx", "article_body_hash_idx")
                .doesNotContain("Seq Scan");

        statistics.written(store(1_000));
        assertThat(rowsAsAnalyzed()).as("1,000 more rows: less than half of 2,500").isEqualTo(2_500);
        statistics.written(store(300));
        assertThat(rowsAsAnalyzed()).isEqualTo(3_800);
    }

    /** Stores articles with distinct texts, ten paragraph hashes each. */
    private int store(int rows) {
        jdbc.update("""
                INSERT INTO article (story_key, body_text, word_count, content_hash, extractor_version, body_hash,
                    simhash, paragraph_hashes)
                SELECT 'https://example.com/' || g, 'story ' || g, 2, md5(g::text), 'test', md5('body' || g), g,
                    ARRAY(SELECT (g * 100 + p)::bigint FROM generate_series(1, 10) p)
                FROM generate_series(?, ?) g""", stored + 1, stored + rows);
        stored += rows;
        return rows;
    }

    private long rowsAsAnalyzed() {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = 'article'::regclass", Long.class);
    }

    /** The plan of the copies' lookup for a new article, as the server makes it for these values. */
    private String candidatesPlan() {
        List<String> lines = jdbc.query(con -> {
            var statement = con.prepareStatement("EXPLAIN " + DuplicateLinker.CANDIDATES_OF_ARTICLE);
            statement.setString(1, "no such text");
            statement.setLong(2, 0);
            statement.setArray(3, con.createArrayOf("bigint", new Long[] {101L, 202L, 9_999_999L}));
            statement.setLong(4, 0);
            statement.setInt(5, 50);
            return statement;
        }, (rs, row) -> rs.getString(1));
        return String.join("\n", lines);
    }
}
