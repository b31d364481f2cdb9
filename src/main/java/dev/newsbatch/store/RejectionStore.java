package dev.newsbatch.store;

import dev.newsbatch.page.UnreadablePage;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records pages that did not become articles. One row per page (or per source reference where nothing could be
 * stored): a re-run updates the row instead of adding another. Thread-safe.
 */
public final class RejectionStore {

    static final String UPSERT = """
            INSERT INTO rejected_page (raw_page_id, url, origin_ref, reason, detail, job_execution_id, rejection_key)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (rejection_key) DO UPDATE SET reason = excluded.reason, detail = excluded.detail,
                job_execution_id = excluded.job_execution_id, created_at = now()""";

    private final JdbcTemplate jdbc;

    public RejectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what a source could not read at all, so no page could be stored for it. */
    public void recordUnreadable(List<UnreadablePage> unreadable, Long jobExecutionId) {
        jdbc.batchUpdate(UPSERT, unreadable, unreadable.size(), (ps, page) -> {
            ps.setObject(1, null);
            ps.setString(2, page.url());
            ps.setString(3, page.originRef());
            ps.setString(4, page.reason());
            ps.setString(5, page.detail());
            ps.setObject(6, jobExecutionId);
            ps.setString(7, keyOfSource(page.originRef()));
        });
    }

    /**
     * Forgets that these source references could not be read, once a page has been stored for them (a URL that failed
     * in one crawl and was fetched in a later one): the stored page's own cleaning now says what became of it.
     */
    public void forgetUnreadable(List<String> originRefs) {
        jdbc.batchUpdate("DELETE FROM rejected_page WHERE rejection_key = ?", originRefs, originRefs.size(),
                (ps, ref) -> ps.setString(1, keyOfSource(ref)));
    }

    private static String keyOfSource(String originRef) {
        return "source:" + originRef;
    }

    static String keyOfRawPage(long rawPageId) {
        return "raw:" + rawPageId;
    }
}
