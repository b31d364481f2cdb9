package dev.newsbatch.store;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.Dateline;
import dev.newsbatch.extract.PublishedTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import tools.jackson.core.type.TypeReference;

/**
 * Streams stored articles back out as {@link Article} records, in id order, with a server-side cursor so an export of
 * millions of rows holds only one fetch in memory.
 */
public final class ArticleReader {

    /** Rows fetched per round trip. */
    private static final int FETCH_SIZE = 500;

    /** Which articles to read: since a time (by when they were stored or updated), of a site, copies or not. */
    public record Filter(Instant since, String site, boolean includeCopies) {
    }

    /** One stored article: its row id and what the cleaner made of its page. */
    public record StoredArticle(long id, String site, Article article) {
    }

    /** What to do with each article read; may throw, which ends the read. */
    public interface Sink {
        void accept(StoredArticle article) throws Exception;
    }

    private final DataSource dataSource;

    public ArticleReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long read(Filter filter, Sink sink) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT * FROM article WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!filter.includeCopies()) {
            sql.append(" AND duplicate_of IS NULL");
        }
        if (filter.since() != null) {
            sql.append(" AND updated_at >= ?");
            parameters.add(Timestamp.from(filter.since()));
        }
        if (filter.site() != null) {
            sql.append(" AND site = ?");
            parameters.add(filter.site());
        }
        sql.append(" ORDER BY id");
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new StoredArticle(rs.getLong("id"), rs.getString("site"), toArticle(rs)));
                        count++;
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return count;
    }

    private static Article toArticle(ResultSet rs) throws SQLException {
        String datelineRaw = rs.getString("dateline_raw");
        Dateline dateline = datelineRaw == null ? null
                : new Dateline(datelineRaw, rs.getString("dateline_location"), rs.getString("dateline_agency"), null);
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        String precision = rs.getString("published_precision");
        PublishedTime publishedTime = published == null ? null : new PublishedTime(published,
                precision == null ? PublishedTime.Precision.SECOND : PublishedTime.Precision.valueOf(precision.toUpperCase(Locale.ROOT)),
                rs.getBoolean("published_zone_assumed"), rs.getString("published_at_raw"));
        OffsetDateTime modified = rs.getObject("modified_at", OffsetDateTime.class);
        List<ArticleImage> images = JsonColumns.fromJson(rs.getString("images"), new TypeReference<List<ArticleImage>>() { });
        Map<String, String> sources = JsonColumns.fromJson(rs.getString("metadata_sources"),
                new TypeReference<Map<String, String>>() { });
        String body = rs.getString("body_text");
        return new Article(rs.getString("url"), rs.getString("canonical_url"), rs.getString("title"),
                Arrays.asList((String[]) rs.getArray("authors").getArray()), rs.getString("byline"), rs.getString("agency"),
                dateline, publishedTime,
                modified == null ? null : new PublishedTime(modified, PublishedTime.Precision.SECOND, false, null),
                rs.getString("language"), rs.getString("description"), rs.getString("section"), rs.getString("site_name"),
                images, body.isEmpty() ? List.of() : List.of(body.split("\n\n")), rs.getString("body_html"), sources);
    }
}
