package dev.newsbatch.store;

import dev.newsbatch.dedupe.TextFingerprint;
import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.Rejected;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what the clean step made of raw pages: articles upserted by their story key, rejections recorded, and each raw
 * page marked as cleaned, all in the caller's transaction so a chunk is written whole or not at all. Thread-safe.
 */
public final class ArticleStore {

    private static final String UPSERT_ARTICLE = """
            INSERT INTO article (story_key, raw_page_id, url, canonical_url, site, title, authors, byline, agency,
                dateline_raw, dateline_location, dateline_agency, published_at, published_at_raw, published_precision,
                published_zone_assumed, modified_at, language, description, section, site_name, images, body_text,
                body_html, word_count, content_hash, metadata_sources, extractor_version, last_job_execution_id,
                body_hash, simhash, paragraph_hashes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?,
                ?, ?, ?)
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
                simhash = excluded.simhash, paragraph_hashes = excluded.paragraph_hashes, updated_at = now()""";

    private static final String CLEAR_REJECTION = "DELETE FROM rejected_page WHERE rejection_key = ?";
    private static final String MARK_CLEANED =
            "UPDATE raw_page SET cleaned_at = now(), extractor_version = ? WHERE id = ?";

    private final JdbcTemplate jdbc;
    private final DuplicateLinker duplicates;

    public ArticleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.duplicates = new DuplicateLinker(jdbc);
    }

    public void write(List<CleanedPage> cleaned, Long jobExecutionId) {
        List<CleanedPage> articles = new ArrayList<>();
        List<CleanedPage> rejections = new ArrayList<>();
        for (CleanedPage page : cleaned) {
            (page.result() instanceof Article ? articles : rejections).add(page);
        }
        Map<CleanedPage, TextFingerprint> fingerprints = new IdentityHashMap<>();
        articles.forEach(page -> fingerprints.put(page, TextFingerprint.of(((Article) page.result()).paragraphs())));
        jdbc.batchUpdate(UPSERT_ARTICLE, articles, articles.size(), (ps, page) ->
                bindArticle(ps, page, (Article) page.result(), fingerprints.get(page), jobExecutionId));
        linkCopies(articles, fingerprints);
        jdbc.batchUpdate(CLEAR_REJECTION, articles, articles.size(),
                (ps, page) -> ps.setString(1, RejectionStore.keyOfRawPage(page.source().id())));
        jdbc.batchUpdate(RejectionStore.UPSERT, rejections, rejections.size(), (ps, page) -> {
            Rejected rejected = (Rejected) page.result();
            ps.setLong(1, page.source().id());
            ps.setString(2, page.source().page().effectiveUrl());
            ps.setString(3, page.source().page().originRef());
            ps.setString(4, rejected.reason());
            ps.setString(5, rejected.detail());
            ps.setObject(6, jobExecutionId);
            ps.setString(7, RejectionStore.keyOfRawPage(page.source().id()));
        });
        jdbc.batchUpdate(MARK_CLEANED, cleaned, cleaned.size(), (ps, page) -> {
            ps.setString(1, Article.EXTRACTOR_VERSION);
            ps.setLong(2, page.source().id());
        });
    }

    /** Links each written article with the stored copies of its story (see {@link DuplicateLinker}). */
    private void linkCopies(List<CleanedPage> articles, Map<CleanedPage, TextFingerprint> fingerprints) {
        if (articles.isEmpty()) {
            return;
        }
        Map<String, Long> idsByStoryKey = new java.util.HashMap<>();
        String[] keys = articles.stream().map(page -> storyKey((Article) page.result())).distinct().toArray(String[]::new);
        jdbc.query(con -> {
            PreparedStatement statement = con.prepareStatement("SELECT story_key, id FROM article WHERE story_key = ANY(?)");
            statement.setArray(1, con.createArrayOf("text", keys));
            return statement;
        }, rs -> {
            idsByStoryKey.put(rs.getString(1), rs.getLong(2));
        });
        for (CleanedPage page : articles) {
            Article article = (Article) page.result();
            duplicates.link(idsByStoryKey.get(storyKey(article)), fingerprints.get(page),
                    article.published() == null ? null : article.published().value());
        }
    }

    /** One row per story: its canonical URL, else its URL, else the hash of its text. */
    static String storyKey(Article article) {
        if (article.canonicalUrl() != null) {
            return article.canonicalUrl();
        }
        return article.url() != null ? article.url() : "sha256:" + article.contentHash();
    }

    private static void bindArticle(PreparedStatement ps, CleanedPage page, Article a, TextFingerprint fingerprint,
            Long jobExecutionId) throws SQLException {
        PublishedTime published = a.published();
        int i = 1;
        ps.setString(i++, storyKey(a));
        ps.setLong(i++, page.source().id());
        ps.setString(i++, a.url());
        ps.setString(i++, a.canonicalUrl());
        ps.setString(i++, page.source().page().site());
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
        ps.setString(i++, a.bodyText());
        ps.setString(i++, a.bodyHtml());
        ps.setInt(i++, a.wordCount());
        ps.setString(i++, a.contentHash());
        ps.setString(i++, JsonColumns.toJson(a.metadataSources()));
        ps.setString(i++, Article.EXTRACTOR_VERSION);
        ps.setObject(i++, jobExecutionId);
        ps.setString(i++, fingerprint.normalizedHash());
        ps.setLong(i++, fingerprint.simhash());
        ps.setArray(i, ps.getConnection().createArrayOf("bigint",
                java.util.Arrays.stream(fingerprint.paragraphHashes()).boxed().toArray()));
    }
}
