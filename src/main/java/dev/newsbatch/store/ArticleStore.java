package dev.newsbatch.store;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.Rejected;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what the clean step made of raw pages: articles upserted by their story key, rejections recorded, and each raw
 * page marked as cleaned, all in the caller's transaction so a chunk is written whole or not at all. Thread-safe.
 */
public final class ArticleStore {

    /**
     * One row per story. A story read again with nothing changed is left alone (the writer does not even send it, see
     * {@link #write}; the WHERE covers a concurrent writer): rewriting it would rebuild its search vector and
     * index entries for nothing, the largest cost of a re-clean or of a wire story seen on many pages. Its {@code url}
     * and {@code raw_page_id} then stay those of the page it was first made from.
     */
    private static final String UPSERT_ARTICLE = """
            INSERT INTO article (story_key, raw_page_id, url, canonical_url, site, title, authors, byline, agency,
                dateline_raw, dateline_location, dateline_agency, published_at, published_at_raw, published_precision,
                published_zone_assumed, modified_at, language, description, section, site_name, images, body_text,
                body_html, word_count, content_hash, metadata_sources, extractor_version, last_job_execution_id,
                body_hash, simhash, paragraph_hashes, row_hash, duplicate_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?,
                ?, ?, ?, ?, ?)
            ON CONFLICT (story_key) DO UPDATE SET raw_page_id = excluded.raw_page_id, url = excluded.url,
                canonical_url = excluded.canonical_url, site = excluded.site, title = excluded.title,
                authors = excluded.authors, byline = excluded.byline, agency = excluded.agency,
                dateline_raw = excluded.dateline_raw, dateline_location = excluded.dateline_location,
                dateline_agency = excluded.dateline_agency, published_at = excluded.published_at,
                published_at_raw = excluded.published_at_raw, published_precision = excluded.published_precision,
                published_zone_assumed = excluded.published_zone_assumed, modified_at = excluded.modified_at,
                language = excluded.language, description = excluded.description, section = excluded.section,
                site_name = excluded.site_name, images = excluded.images, body_text = excluded.body_text,
                body_html = excluded.body_html, word_count = excluded.word_count, content_hash = excluded.content_hash,
                metadata_sources = excluded.metadata_sources, extractor_version = excluded.extractor_version,
                last_job_execution_id = excluded.last_job_execution_id, body_hash = excluded.body_hash,
                simhash = excluded.simhash, paragraph_hashes = excluded.paragraph_hashes, row_hash = excluded.row_hash,
                updated_at = now()
            WHERE article.row_hash IS DISTINCT FROM excluded.row_hash""";

    /**
     * The chunk's pages are marked cleaned, and the rejections of those now articles cleared, by one statement each
     * (an array of keys) rather than one per page: most of such a statement's cost is its execution, not its rows.
     */
    private static final String CLEAR_REJECTIONS = "DELETE FROM rejected_page WHERE rejection_key = ANY(?)";
    private static final String MARK_CLEANED =
            "UPDATE raw_page SET cleaned_at = now(), extractor_version = ? WHERE id = ANY(?)";

    private final JdbcTemplate jdbc;
    private final DuplicateLinker duplicates;
    private final GrowingTableStatistics statistics;

    public ArticleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.duplicates = new DuplicateLinker(jdbc);
        this.statistics = new GrowingTableStatistics(jdbc, "article", "story_key", "body_hash", "paragraph_hashes",
                "duplicate_of");
    }

    /**
     * The page with its article's stored copies looked up, for the writer to link it by (see {@link DuplicateLinker}).
     * Called on the cleaning thread, outside the chunk's transaction.
     */
    public CleanedPage withStoredCopies(CleanedPage page) {
        if (page.article() == null) {
            return page;
        }
        StorableArticle article = page.article();
        return page.withStoredCopies(duplicates.storedCopies(article.storyKey(), article.fingerprint()));
    }

    public void write(List<CleanedPage> cleaned, Long jobExecutionId) {
        List<CleanedPage> articles = new ArrayList<>();
        List<CleanedPage> rejections = new ArrayList<>();
        for (CleanedPage page : cleaned) {
            (page.article() != null ? articles : rejections).add(page);
        }
        List<CleanedPage> stories = lastPagePerStory(articles);
        Map<String, String> storedRowHashes = storedRowHashes(stories);
        stories = stories.stream()
                .filter(page -> !page.article().rowHash().equals(storedRowHashes.get(page.article().storyKey())))
                .toList();
        // each story is inserted already linked to the original it joins, or linked once written (DuplicateLinker)
        Map<CleanedPage, Long> originals = new IdentityHashMap<>();
        List<CleanedPage> toLink = new ArrayList<>();
        Set<CleanedPage> copiesInChunk = copiesInChunk(stories);
        for (CleanedPage page : stories) {
            // the cleaning thread's lookup is all there is to know of a new row with no copy in its chunk
            boolean lookupIsComplete = !storedRowHashes.containsKey(page.article().storyKey())
                    && !copiesInChunk.contains(page);
            Long original = lookupIsComplete
                    ? DuplicateLinker.originalToJoin(page.storedCopies(), publishedAt(page.article())) : null;
            if (original != null) {
                originals.put(page, original);
            } else if (!lookupIsComplete || !page.storedCopies().isEmpty()) {
                toLink.add(page);
            }
        }
        jdbc.batchUpdate(UPSERT_ARTICLE, stories, stories.size(),
                (ps, page) -> bindArticle(ps, page, page.article(), jobExecutionId, originals.get(page)));
        statistics.written(stories.size()); // before the copies' lookups, which need them
        linkCopies(toLink, jobExecutionId);
        if (!articles.isEmpty()) {
            String[] rejectionKeys = articles.stream()
                    .map(page -> RejectionStore.keyOfRawPage(page.rawPageId())).toArray(String[]::new);
            jdbc.update(SqlStatements.withParameters(CLEAR_REJECTIONS, SqlStatements.texts(rejectionKeys)));
        }
        jdbc.batchUpdate(RejectionStore.UPSERT, rejections, rejections.size(), (ps, page) -> {
            Rejected rejected = (Rejected) page.result();
            ps.setLong(1, page.rawPageId());
            ps.setString(2, page.url());
            ps.setString(3, page.originRef());
            ps.setString(4, rejected.reason());
            ps.setString(5, rejected.detail());
            ps.setObject(6, jobExecutionId);
            ps.setString(7, RejectionStore.keyOfRawPage(page.rawPageId()));
        });
        if (!cleaned.isEmpty()) {
            Long[] rawPageIds = cleaned.stream().map(CleanedPage::rawPageId).toArray(Long[]::new);
            jdbc.update(SqlStatements.withParameters(MARK_CLEANED, Article.EXTRACTOR_VERSION,
                    SqlStatements.bigints(rawPageIds)));
        }
    }

    /**
     * One page per story key, the last one read (as if each had been written in turn: one statement may not upsert a
     * row twice), sorted by key so that concurrent writers lock shared stories in one order and wait, never deadlock.
     */
    private static List<CleanedPage> lastPagePerStory(List<CleanedPage> articles) {
        Map<String, CleanedPage> byKey = new HashMap<>();
        articles.forEach(page -> byKey.put(page.article().storyKey(), page));
        List<CleanedPage> stories = new ArrayList<>(byKey.values());
        stories.sort(Comparator.comparing(page -> page.article().storyKey()));
        return stories;
    }

    /** The row hash of each story that has a row, by story key. */
    private Map<String, String> storedRowHashes(List<CleanedPage> stories) {
        Map<String, String> storedRowHashes = new HashMap<>();
        if (stories.isEmpty()) {
            return storedRowHashes;
        }
        String[] keys = stories.stream().map(page -> page.article().storyKey()).toArray(String[]::new);
        jdbc.query(SqlStatements.withParameters("SELECT story_key, row_hash FROM article WHERE story_key = ANY(?)",
                SqlStatements.texts(keys)), rs -> {
            storedRowHashes.put(rs.getString(1), rs.getString(2));
        });
        return storedRowHashes;
    }

    /**
     * The stories that are copies of another story of the chunk: their lookups, made before the chunk was written,
     * could not see each other, so they are linked once written.
     */
    private static Set<CleanedPage> copiesInChunk(List<CleanedPage> stories) {
        Set<CleanedPage> copies = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                if (stories.get(i).article().fingerprint().findsCopy(stories.get(j).article().fingerprint())) {
                    copies.add(stories.get(i));
                    copies.add(stories.get(j));
                }
            }
        }
        return copies;
    }

    private static OffsetDateTime publishedAt(StorableArticle article) {
        PublishedTime published = article.article().published();
        return published == null ? null : published.value();
    }

    /** Links each written article with the stored copies of its story (see {@link DuplicateLinker}). */
    private void linkCopies(List<CleanedPage> articles, Long jobExecutionId) {
        if (articles.isEmpty()) {
            return;
        }
        // only rows this run wrote: an unchanged story keeps its links, and a new copy of it links itself
        Map<String, Long> writtenIdsByStoryKey = new HashMap<>();
        String[] keys = articles.stream().map(page -> page.article().storyKey()).toArray(String[]::new);
        String written = "SELECT story_key, id FROM article "
                + "WHERE story_key = ANY(?) AND last_job_execution_id IS NOT DISTINCT FROM ?";
        jdbc.query(SqlStatements.withParameters(written, SqlStatements.texts(keys), jobExecutionId), rs -> {
            writtenIdsByStoryKey.put(rs.getString(1), rs.getLong(2));
        });
        for (CleanedPage page : articles) {
            StorableArticle article = page.article();
            Long id = writtenIdsByStoryKey.get(article.storyKey());
            if (id != null) {
                duplicates.link(id, article.fingerprint(), publishedAt(article));
            }
        }
    }

    private static void bindArticle(PreparedStatement ps, CleanedPage page, StorableArticle row, Long jobExecutionId,
            Long duplicateOf) throws SQLException {
        Article a = row.article();
        PublishedTime published = a.published();
        int i = 1;
        ps.setString(i++, row.storyKey());
        ps.setLong(i++, page.rawPageId());
        ps.setString(i++, a.url());
        ps.setString(i++, a.canonicalUrl());
        ps.setString(i++, row.site());
        ps.setString(i++, a.title());
        ps.setArray(i++, ps.getConnection().createArrayOf("text", a.authors().toArray()));
        ps.setString(i++, a.byline());
        ps.setString(i++, a.agency());
        ps.setString(i++, a.dateline() == null ? null : a.dateline().raw());
        ps.setString(i++, a.dateline() == null ? null : a.dateline().location());
        ps.setString(i++, a.dateline() == null ? null : a.dateline().agency());
        ps.setObject(i++, published == null ? null : published.value());
        ps.setString(i++, published == null ? null : published.raw());
        ps.setString(i++, published == null ? null : published.precision().name().toLowerCase(Locale.ROOT));
        ps.setBoolean(i++, published != null && published.zoneAssumed());
        ps.setObject(i++, a.modified() == null ? null : a.modified().value());
        ps.setString(i++, a.language());
        ps.setString(i++, a.description());
        ps.setString(i++, a.section());
        ps.setString(i++, a.siteName());
        ps.setString(i++, JsonColumns.toJson(a.images()));
        ps.setString(i++, row.bodyText());
        ps.setString(i++, a.bodyHtml());
        ps.setInt(i++, row.wordCount());
        ps.setString(i++, row.contentHash());
        ps.setString(i++, JsonColumns.toJson(a.metadataSources()));
        ps.setString(i++, Article.EXTRACTOR_VERSION);
        ps.setObject(i++, jobExecutionId);
        ps.setString(i++, row.fingerprint().normalizedHash());
        ps.setLong(i++, row.fingerprint().simhash());
        ps.setArray(i++, ps.getConnection().createArrayOf("bigint",
                Arrays.stream(row.fingerprint().paragraphHashes()).boxed().toArray()));
        ps.setString(i++, row.rowHash());
        ps.setObject(i, duplicateOf, java.sql.Types.BIGINT);
    }
}
