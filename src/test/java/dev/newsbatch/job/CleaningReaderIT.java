package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbatch.extract.Rejected;
import dev.newsbatch.store.CleanedPage;
import dev.newsbatch.store.RawPageSelection;
import dev.newsbatch.testing.NewsbatchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class CleaningReaderIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
    private final Set<Long> cleaned = ConcurrentHashMap.newKeySet();
    private NamedParameterJdbcTemplate jdbc;
    private int stored;

    @BeforeEach
    void start() {
        jdbc = new NamedParameterJdbcTemplate(database.migrated());
        threads.setCorePoolSize(2);
        threads.initialize();
    }

    @AfterEach
    void stop() {
        threads.shutdown();
    }

    @Test
    void cleansAheadOfTheStepUpToTheWindowAndHandsEveryPageOnInIdOrder() throws Exception {
        store(10);
        CleaningReader reader = reader(page -> rejection(page.id()), 3);
        reader.open(new ExecutionContext());

        long first = reader.read().rawPageId();
        waitUntilCleaned(3);
        Thread.sleep(300); // time enough to clean more, were the window not kept

        assertThat(cleaned).hasSize(3).contains(first);
        List<Long> rest = readAll(reader);
        assertThat(rest).hasSize(9).isSorted().allMatch(id -> id > first);
        assertThat(cleaned).hasSize(10);
    }

    @Test
    void aRestartGoesOnAfterTheLastPageHandedOnNotAfterThoseCleanedAhead() throws Exception {
        store(6);
        ExecutionContext context = new ExecutionContext();
        CleaningReader first = reader(page -> rejection(page.id()), 4);
        first.open(context);
        first.read();
        long second = first.read().rawPageId();
        first.update(context); // the chunk of the first two committed
        waitUntilCleaned(5); // three more cleaned ahead, then the run is stopped
        first.close();

        CleaningReader restarted = reader(page -> rejection(page.id()), 4);
        restarted.open(context);

        assertThat(readAll(restarted)).hasSize(4).allMatch(id -> id > second);
    }

    @Test
    void aPageGoneBeforeItWasCleanedIsLeftOutAndTheRestFollow() throws Exception {
        store(4);
        List<Long> ids = storedIds();
        CleaningReader reader = reader(page -> page.id() == ids.get(1) ? null : rejection(page.id()), 2);
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactly(ids.get(0), ids.get(2), ids.get(3));
    }

    @Test
    void aFailureToCleanIsThrownByTheReadOfThatPage() throws Exception {
        store(3);
        List<Long> ids = storedIds();
        IllegalStateException broken = new IllegalStateException("database gone");
        CleaningReader reader = reader(page -> {
            if (page.id() == ids.get(1)) {
                throw broken;
            }
            return rejection(page.id());
        }, 3);
        reader.open(new ExecutionContext());

        assertThat(reader.read().rawPageId()).isEqualTo(ids.get(0));
        assertThatThrownBy(reader::read).isSameAs(broken);
    }

    private CleaningReader reader(CleaningReader.Cleaner cleaner, int window) {
        RawPageIdReader pages = new RawPageIdReader(jdbc, new RawPageSelection(false, null, null), 2, () -> false);
        return new CleaningReader(pages, page -> {
            cleaned.add(page.id());
            return cleaner.clean(page);
        }, threads, window);
    }

    private static CleanedPage rejection(long rawPageId) {
        return new CleanedPage(rawPageId, "https://example.com/" + rawPageId, null, new Rejected("not_article", ""),
                null, List.of());
    }

    private void waitUntilCleaned(int pages) throws InterruptedException {
        for (int i = 0; i < 100 && cleaned.size() < pages; i++) {
            Thread.sleep(50);
        }
    }

    private static List<Long> readAll(CleaningReader reader) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (CleanedPage page = reader.read(); page != null; page = reader.read()) {
            ids.add(page.rawPageId());
        }
        return ids;
    }

    private List<Long> storedIds() {
        return jdbc.getJdbcTemplate().queryForList("SELECT id FROM raw_page ORDER BY id", Long.class);
    }

    private void store(int pages) throws Exception {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            for (int i = 0; i < pages; i++, stored++) {
                s.execute("INSERT INTO raw_page (origin, fetched_at, body, content_hash, source_key) "
                        + "VALUES ('file', now(), '\\x3c703e'::bytea, 'h" + stored + "', 'file:" + stored + "')");
            }
        }
    }
}
