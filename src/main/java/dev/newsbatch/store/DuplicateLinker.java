package dev.newsbatch.store;

import dev.newsbatch.dedupe.TextFingerprint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links copies of a story to its original: an article is compared with the stored articles that share its normalized
 * text or one of its paragraphs, confirmed by SimHash distance, and every copy in the group gets {@code duplicate_of} =
 * the earliest (first published, then first stored). Across sites too: a wire story republished by several outlets is
 * one story with copies.
 *
 * <p>Two ways, the same links: a new article's stored copies are looked up before it is written, on its cleaning
 * thread ({@link #storedCopies}); where it simply joins their group it is inserted with its {@code duplicate_of}
 * ({@link #originalToJoin}). Otherwise (it is the earliest, the group's links disagree, a copy is in the same chunk, the
 * row is re-cleaned) it is linked after it is written, in the chunk's transaction ({@link #link}). The first way keeps
 * the lookups off the one thread that writes and spares a second version of the row (an update rewrites every index
 * entry of the row, its search vector's included).
 */
final class DuplicateLinker {

    /** Candidates looked at per article: more would only be copies of copies, already linked to one original. */
    private static final int MAX_CANDIDATES = 50;

    /**
     * Each half on its own index, reading its own rows. Written as one OR, or as {@code id IN (... UNION ...)}, the
     * server's plans walked the primary key in id order to meet the LIMIT and filtered every row: 70 ms per article at
     * 20,000 articles, growing with the table.
     */
    private static final String CANDIDATES = """
            SELECT id, body_hash, simhash, published_at, duplicate_of FROM article WHERE body_hash = ? AND %1$s <> ?
            UNION
            SELECT id, body_hash, simhash, published_at, duplicate_of FROM article
            WHERE paragraph_hashes && ? AND %1$s <> ?
            ORDER BY id LIMIT ?""";
    /** Candidates of a written article, other than itself. */
    static final String CANDIDATES_OF_ARTICLE = CANDIDATES.formatted("id");
    /** Candidates of a story not written yet, other than its own row if it has one (a re-clean). */
    static final String CANDIDATES_OF_STORY = CANDIDATES.formatted("story_key");

    /**
     * The candidates query is planned anew for each article, with its values, never by a plan the connection kept.
     * A kept (generic) plan is made once, from the table's statistics of that moment: a table that has just been
     * created, or that is never analyzed (autovacuum off, or behind a bulk import), then stays a sequential scan of
     * every article for each article written, whatever size the table reaches. Planned with the table's current size
     * it takes the two indexes. Planning costs far less than the scan it avoids.
     */
    private static final int NEVER_PREPARE_ON_SERVER = 0;

    /**
     * Paragraphs of the article a lookup asks for: its first ones (a copy keeps the start of a story, if anything).
     * The server's estimate of the rows an overlap of N hashes matches grows with N as if each hash were common: for a
     * story of 72 paragraphs it expected a sixth of the table and scanned all of it (225 ms at 80,000 articles,
     * against 2 ms through the index). With 12 it keeps to the index.
     */
    static final int LOOKUP_PARAGRAPHS = 12;

    private static final Comparator<StoredCopy> EARLIEST = Comparator
            .comparing(StoredCopy::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(StoredCopy::id);

    private final JdbcTemplate jdbc;

    DuplicateLinker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored articles that are copies of a story about to be written, and the originals they point to: what
     * {@link #originalToJoin} decides by. Runs outside the chunk's transaction, so it sees what earlier chunks
     * committed: all of them, since a chunk is cleaned after the one before it is written.
     */
    List<StoredCopy> storedCopies(String storyKey, TextFingerprint fingerprint) {
        return copies(CANDIDATES_OF_STORY, fingerprint, statement -> {
            statement.setString(2, storyKey);
            statement.setString(4, storyKey);
        });
    }

    /** The candidates confirmed as copies by SimHash, and the originals they point to that are not among them. */
    private List<StoredCopy> copies(String candidatesSql, TextFingerprint fingerprint, Exclusion exclusion) {
        List<StoredCopy> copies = new ArrayList<>();
        jdbc.query(con -> candidates(con, candidatesSql, fingerprint, exclusion), rs -> {
            if (fingerprint.isCopyOf(rs.getString("body_hash"), rs.getLong("simhash"))) {
                copies.add(storedCopy(rs));
            }
        });
        Long[] missingOriginals = copies.stream().map(StoredCopy::duplicateOf).filter(Objects::nonNull).distinct()
                .filter(original -> copies.stream().noneMatch(copy -> copy.id() == original)).toArray(Long[]::new);
        if (missingOriginals.length > 0) {
            jdbc.query(con -> {
                var statement = con.prepareStatement(
                        "SELECT id, published_at, duplicate_of FROM article WHERE id = ANY(?)");
                statement.setArray(1, con.createArrayOf("bigint", missingOriginals));
                return statement;
            }, rs -> {
                copies.add(storedCopy(rs));
            });
        }
        return copies;
    }

    /**
     * The original a new article joins when it is inserted with it as its {@code duplicate_of}, changing no stored
     * link: the earliest of its stored copies, if that is earlier than the new article (a new row's id is above every
     * stored one, so it loses a tie of publish times) and every other copy already points to it. Null otherwise: the
     * article is then {@link #link linked} once written.
     */
    static Long originalToJoin(List<StoredCopy> storedCopies, OffsetDateTime publishedAt) {
        StoredCopy earliest = storedCopies.stream().min(EARLIEST).orElse(null);
        if (earliest == null || publishedAt != null
                && (earliest.publishedAt() == null || publishedAt.isBefore(earliest.publishedAt()))) {
            return null;
        }
        for (StoredCopy copy : storedCopies) {
            Long expected = copy.id() == earliest.id() ? null : earliest.id();
            if (!Objects.equals(copy.duplicateOf(), expected)) {
                return null;
            }
        }
        return earliest.id();
    }

    /** Links a written article with its stored copies and theirs, in the caller's transaction. */
    void link(long articleId, TextFingerprint fingerprint, OffsetDateTime publishedAt) {
        List<StoredCopy> group = new ArrayList<>();
        group.add(new StoredCopy(articleId, publishedAt, null));
        // the originals the copies already point to belong to the group too, so a whole group keeps one original
        copies(CANDIDATES_OF_ARTICLE, fingerprint, statement -> {
            statement.setLong(2, articleId);
            statement.setLong(4, articleId);
        }).stream().filter(copy -> copy.id() != articleId).forEach(group::add);
        if (group.size() == 1) {
            jdbc.update("UPDATE article SET duplicate_of = NULL WHERE id = ? AND duplicate_of IS NOT NULL", articleId);
            return;
        }
        StoredCopy earliest = group.stream().min(EARLIEST).orElseThrow();
        Long[] copies = group.stream().filter(m -> m.id() != earliest.id()).map(StoredCopy::id).toArray(Long[]::new);
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

    private interface Exclusion {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static PreparedStatement candidates(Connection con, String sql, TextFingerprint fingerprint,
            Exclusion exclusion) throws SQLException {
        PreparedStatement statement = con.prepareStatement(sql);
        statement.unwrap(PGStatement.class).setPrepareThreshold(NEVER_PREPARE_ON_SERVER);
        statement.setString(1, fingerprint.normalizedHash());
        long[] hashes = fingerprint.paragraphHashes();
        statement.setArray(3, con.createArrayOf("bigint",
                box(Arrays.copyOf(hashes, Math.min(hashes.length, LOOKUP_PARAGRAPHS)))));
        statement.setInt(5, MAX_CANDIDATES);
        exclusion.bind(statement);
        return statement;
    }

    private static StoredCopy storedCopy(ResultSet rs) throws SQLException {
        return new StoredCopy(rs.getLong("id"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("duplicate_of", Long.class));
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
