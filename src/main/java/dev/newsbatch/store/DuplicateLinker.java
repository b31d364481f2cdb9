package dev.newsbatch.store;

import dev.newsbatch.dedupe.TextFingerprint;
import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links copies of a story to its original: after articles are written, each is compared with the stored articles that
 * share its normalized text or one of its paragraphs, confirmed by SimHash distance, and every copy in the group gets
 * {@code duplicate_of} = the earliest (first published, then first stored). Across sites too: a wire story republished
 * by several outlets is one story with copies. Runs in the caller's transaction.
 */
final class DuplicateLinker {

    /** Candidates looked at per article: more would only be copies of copies, already linked to one original. */
    private static final int MAX_CANDIDATES = 50;

    /**
     * Each half on its own index, reading its own rows. Written as one OR, or as {@code id IN (... UNION ...)}, the
     * server's plans (the statement is prepared once and run for every article) walked the primary key in id order to
     * meet the LIMIT and filtered every row: 70 ms per article at 20,000 articles, growing with the table.
     */
    static final String CANDIDATES = """
            SELECT id, body_hash, simhash, published_at, duplicate_of FROM article WHERE body_hash = ? AND id <> ?
            UNION
            SELECT id, body_hash, simhash, published_at, duplicate_of FROM article
            WHERE paragraph_hashes && ? AND id <> ?
            ORDER BY id LIMIT ?""";

    /**
     * The candidates query is planned anew for each article, with its values, never by a plan the connection kept.
     * A kept (generic) plan is made once, from the table's statistics of that moment: a table that has just been
     * created, or that is never analyzed (autovacuum off, or behind a bulk import), then stays a sequential scan of
     * every article for each article written, whatever size the table reaches. Planned with the table's current size
     * it takes the two indexes. Planning costs far less than the scan it avoids.
     */
    private static final int NEVER_PREPARE_ON_SERVER = 0;

    private record Member(long id, OffsetDateTime publishedAt) {
    }

    private static final Comparator<Member> EARLIEST = Comparator
            .comparing(Member::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Member::id);

    private final JdbcTemplate jdbc;

    DuplicateLinker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void link(long articleId, TextFingerprint fingerprint, OffsetDateTime publishedAt) {
        List<Member> group = new ArrayList<>();
        group.add(new Member(articleId, publishedAt));
        List<Long> originals = new ArrayList<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement(CANDIDATES);
            statement.unwrap(PGStatement.class).setPrepareThreshold(NEVER_PREPARE_ON_SERVER);
            Array hashes = con.createArrayOf("bigint", box(fingerprint.paragraphHashes()));
            statement.setString(1, fingerprint.normalizedHash());
            statement.setLong(2, articleId);
            statement.setArray(3, hashes);
            statement.setLong(4, articleId);
            statement.setInt(5, MAX_CANDIDATES);
            return statement;
        }, rs -> {
            if (fingerprint.isCopyOf(rs.getString("body_hash"), rs.getLong("simhash"))) {
                group.add(new Member(rs.getLong("id"), rs.getObject("published_at", OffsetDateTime.class)));
                long original = rs.getLong("duplicate_of");
                if (!rs.wasNull()) {
                    originals.add(original);
                }
            }
        });
        if (group.size() == 1) {
            jdbc.update("UPDATE article SET duplicate_of = NULL WHERE id = ? AND duplicate_of IS NOT NULL", articleId);
            return;
        }
        // the originals the copies already point to belong to the group too, so a whole group keeps one original
        for (long original : originals) {
            if (group.stream().noneMatch(m -> m.id() == original)) {
                jdbc.query("SELECT id, published_at FROM article WHERE id = ?", rs -> {
                    group.add(new Member(rs.getLong("id"), rs.getObject("published_at", OffsetDateTime.class)));
                }, original);
            }
        }
        Member earliest = group.stream().min(EARLIEST).orElseThrow();
        Long[] copies = group.stream().filter(m -> m.id() != earliest.id()).map(Member::id).toArray(Long[]::new);
        jdbc.update(con -> {
            var statement = con.prepareStatement("UPDATE article SET duplicate_of = ? WHERE (id = ANY(?) OR duplicate_of = ANY(?)) "
                    + "AND id <> ? AND duplicate_of IS DISTINCT FROM ?");
            Array ids = con.createArrayOf("bigint", copies);
            statement.setLong(1, earliest.id());
            statement.setArray(2, ids);
            statement.setArray(3, ids);
            statement.setLong(4, earliest.id());
            statement.setLong(5, earliest.id());
            return statement;
        });
        jdbc.update("UPDATE article SET duplicate_of = NULL WHERE id = ? AND duplicate_of IS NOT NULL", earliest.id());
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
