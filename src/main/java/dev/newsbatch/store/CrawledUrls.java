package dev.newsbatch.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** The URLs a site's crawls have already stored, so that a crawl does not fetch them again. Thread-safe. */
public final class CrawledUrls {

    /**
     * Every URL a page of the site was stored or redirected from, and every URL and canonical URL of its articles,
     * whose newest fetch is at or after the cutoff.
     */
    private static final String STORED_SINCE = """
            SELECT u FROM (
                SELECT url AS u, fetched_at AS t FROM raw_page WHERE site = ? AND url IS NOT NULL
                UNION ALL
                SELECT final_url, fetched_at FROM raw_page WHERE site = ? AND final_url IS NOT NULL
                UNION ALL
                SELECT a.url, coalesce(r.fetched_at, a.updated_at) FROM article a
                    LEFT JOIN raw_page r ON r.id = a.raw_page_id WHERE a.site = ? AND a.url IS NOT NULL
                UNION ALL
                SELECT a.canonical_url, coalesce(r.fetched_at, a.updated_at) FROM article a
                    LEFT JOIN raw_page r ON r.id = a.raw_page_id WHERE a.site = ? AND a.canonical_url IS NOT NULL
            ) stored
            GROUP BY u
            HAVING CAST(? AS TIMESTAMPTZ) IS NULL OR max(t) >= ?""";

    private final JdbcTemplate jdbc;

    public CrawledUrls(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The site's stored URLs fetched at or after {@code since}; with a null {@code since}, all of them.
     */
    public Set<String> storedSince(String site, Instant since) {
        Timestamp cutoff = since == null ? null : Timestamp.from(since);
        Set<String> urls = new HashSet<>();
        jdbc.query(STORED_SINCE, rs -> {
            urls.add(rs.getString(1));
        }, site, site, site, site, cutoff, cutoff);
        return urls;
    }
}
