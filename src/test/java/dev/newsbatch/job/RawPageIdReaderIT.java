package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.store.RawPageSelection;
import dev.newsbatch.testing.NewsbatchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class RawPageIdReaderIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    private NamedParameterJdbcTemplate jdbc;
    private int stored;

    @BeforeEach
    void migrate() {
        DataSource dataSource = database.migrated();
        jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Test
    void besideARunningImportItWaitsForPagesStillToComeAndEndsWhenTheImportHas() throws Exception {
        store(3);
        AtomicBoolean importing = new AtomicBoolean(true);
        RawPageIdReader reader = new RawPageIdReader(jdbc, new RawPageSelection(false, null, null), 2, importing::get);
        reader.open(new ExecutionContext());

        CompletableFuture<List<Long>> read = CompletableFuture.supplyAsync(() -> readAll(reader));
        Thread.sleep(700); // the reader has caught up with the three pages and waits
        assertThat(read).isNotDone();
        store(2);
        importing.set(false);

        assertThat(read.get()).hasSize(5).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void onItsOwnItEndsWhenNothingIsLeftAndARestartGoesOnAfterTheLastCommittedId() throws Exception {
        store(5);
        RawPageIdReader first = new RawPageIdReader(jdbc, new RawPageSelection(false, null, null), 2, () -> false);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        long a = first.read().id();
        long b = first.read().id();
        first.update(context); // the chunk holding the first two committed
        first.read(); // read, then the run is killed before its chunk commits

        RawPageIdReader restarted = new RawPageIdReader(jdbc, new RawPageSelection(false, null, null), 2, () -> false);
        restarted.open(context);
        List<Long> rest = readAll(restarted);

        assertThat(rest).hasSize(3).allMatch(id -> id > b);
        assertThat(a).isLessThan(b);
    }

    @Test
    void eachPageComesWithTheSizeOfItsBodyAsStoredNotAsCompressed() throws Exception {
        // 880,000 bytes that compress to a few KB: the size is the body's, read without fetching it
        store(1, "convert_to(repeat('<p>news</p>', 80000), 'UTF8')");
        store(1, "'\\x3c703e'::bytea");
        RawPageIdReader reader = new RawPageIdReader(jdbc, new RawPageSelection(false, null, null), 2, () -> false);
        reader.open(new ExecutionContext());

        assertThat(reader.read().bodyBytes()).isEqualTo(880_000);
        assertThat(reader.read().bodyBytes()).isEqualTo(3);
        assertThat(reader.read()).isNull();
    }

    private static List<Long> readAll(RawPageIdReader reader) {
        List<Long> ids = new ArrayList<>();
        try {
            for (PageToClean page = reader.read(); page != null; page = reader.read()) {
                ids.add(page.id());
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private void store(int pages) throws Exception {
        store(pages, "'\\x3c703e'::bytea");
    }

    private void store(int pages, String body) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            for (int i = 0; i < pages; i++, stored++) {
                s.execute("INSERT INTO raw_page (origin, fetched_at, body, content_hash, source_key) "
                        + "VALUES ('file', now(), " + body + ", 'h" + stored + "', 'file:" + stored + "')");
            }
        }
    }
}
