package dev.newsbatch.store;

import dev.newsbatch.page.Origin;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.SpooledPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Writes raw pages and reads them back for cleaning. Thread-safe. */
public final class RawPageStore {

    /** The columns a {@link StoredPage} is read from. */
    private static final String SELECT_COLUMNS = "id, url, final_url, origin, origin_ref, site, fetched_at, http_status, "
            + "content_type, headers::text AS headers, body, time_zone";

    private static final String INSERT = """
            INSERT INTO raw_page (url, final_url, origin, origin_ref, site, fetched_at, http_status, content_type,
                                  headers, charset, body, content_hash, job_execution_id, source_key, time_zone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_key, content_hash) DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;

    public RawPageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** How many raw pages a selection holds: the total a clean run's progress counts toward. */
    public long count(RawPageSelection selection) {
        Long count = namedJdbc.queryForObject("SELECT count(*) FROM raw_page WHERE " + selection.where(),
                selection.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Inserts the pages not stored yet; a page with the same bytes from the same place is left as it is.
     *
     * @param pages raw pages, and spooled ones, whose bodies are streamed from their files
     * @return how many pages were new
     */
    public int insertNew(List<? extends PageRead> pages, String timeZone, Long jobExecutionId) {
        List<InputStream> opened = new ArrayList<>();
        try {
            return insertNew(pages, timeZone, jobExecutionId, opened);
        } finally {
            for (InputStream body : opened) {
                try {
                    body.close();
                } catch (IOException e) {
                    // a file only read from: nothing to lose
                }
            }
        }
    }

    private int insertNew(List<? extends PageRead> pages, String timeZone, Long jobExecutionId,
            List<InputStream> opened) {
        int[][] counts = jdbc.batchUpdate(INSERT, pages, pages.size(), (ps, read) -> {
            RawPage page;
            String contentHash;
            if (read instanceof SpooledPage spooled) {
                page = spooled.page();
                contentHash = spooled.contentHash();
                try {
                    InputStream body = Files.newInputStream(spooled.bodyFile());
                    opened.add(body);
                    ps.setBinaryStream(11, body, spooled.bodyBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read back the spooled body of " + page.originRef(), e);
                }
            } else if (read instanceof RawPage inMemory) {
                page = inMemory;
                contentHash = page.contentHash();
                ps.setBytes(11, page.body());
            } else {
                throw new IllegalArgumentException("not a page to store: " + read);
            }
            ps.setString(1, page.url());
            ps.setString(2, page.finalUrl());
            ps.setString(3, page.origin().code());
            ps.setString(4, page.originRef());
            ps.setString(5, page.site());
            ps.setTimestamp(6, Timestamp.from(page.fetchedAt()));
            ps.setObject(7, page.httpStatus());
            ps.setString(8, page.contentType());
            ps.setString(9, JsonColumns.toJson(page.headers()));
            ps.setString(10, null);
            ps.setString(12, contentHash);
            ps.setObject(13, jobExecutionId);
            ps.setString(14, sourceKey(page, contentHash));
            ps.setString(15, timeZone);
        });
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).map(n -> Math.max(n, 0)).sum();
    }

    /** The stored page with this id, or null if there is none. */
    public StoredPage load(long id) {
        List<StoredPage> pages = jdbc.query("SELECT " + SELECT_COLUMNS + " FROM raw_page WHERE id = ?", ROW_MAPPER, id);
        return pages.isEmpty() ? null : pages.get(0);
    }

    /** Where the page came from, for the no-duplicates rule: its URL, else its origin reference, else its hash. */
    static String sourceKey(RawPage page, String contentHash) {
        if (page.url() != null) {
            return page.url();
        }
        return page.originRef() != null ? page.origin().code() + ":" + page.originRef() : "hash:" + contentHash;
    }

    private static final RowMapper<StoredPage> ROW_MAPPER = RawPageStore::mapRow;

    @SuppressWarnings("unchecked")
    private static StoredPage mapRow(ResultSet rs, int rowNum) throws SQLException {
        Map<String, String> headers = JsonColumns.fromJson(rs.getString("headers"), Map.class);
        RawPage page = new RawPage(rs.getString("url"), rs.getString("final_url"),
                Origin.fromCode(rs.getString("origin")), rs.getString("origin_ref"), rs.getString("site"),
                rs.getTimestamp("fetched_at").toInstant(), (Integer) rs.getObject("http_status"),
                rs.getString("content_type"), headers, rs.getBytes("body"));
        return new StoredPage(rs.getLong("id"), page, rs.getString("time_zone"));
    }
}
