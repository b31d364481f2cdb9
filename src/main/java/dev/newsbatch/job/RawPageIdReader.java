package dev.newsbatch.job;

import dev.newsbatch.store.RawPageSelection;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The clean step's reader: the ids of the raw pages to clean (with the sizes of their bodies), in id order, a page of
 * ids at a time; the position (the last id read) is saved at each commit, so a restart goes on after it.
 *
 * <p>Beside an import it follows the import step, which stores pages while this step cleans them: having caught up,
 * it waits for the next commit, and it ends only when the import step has ended and nothing is left. Ids grow in the
 * order the import commits them, so reading on after the last id misses nothing the import stores.
 */
class RawPageIdReader implements ItemStreamReader<PageToClean> {

    private static final String LAST_ID = "lastId";
    /** How long to wait, having caught up with a running import, before looking again. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final NamedParameterJdbcTemplate jdbc;
    private final RawPageSelection selection;
    private final int pageSize;
    private final BooleanSupplier importRunning;
    private final Deque<PageToClean> fetched = new ArrayDeque<>();
    private long lastRead;
    private long lastFoundNothing = System.nanoTime() - POLL.toNanos();

    /**
     * @param importRunning whether pages may still come: an import step running beside this one (always false for a
     *                      clean on its own)
     */
    RawPageIdReader(NamedParameterJdbcTemplate jdbc, RawPageSelection selection, int pageSize,
            BooleanSupplier importRunning) {
        this.jdbc = jdbc;
        this.selection = selection;
        this.pageSize = pageSize;
        this.importRunning = importRunning;
    }

    @Override
    public PageToClean read() throws InterruptedException {
        while (fetched.isEmpty()) {
            // asked before fetching: an import that ends in between has committed what the fetch then sees
            boolean more = importRunning.getAsBoolean();
            fetchAfter(lastRead);
            if (fetched.isEmpty()) {
                if (!more) {
                    return null;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        return next();
    }

    /**
     * The next page to clean if one is stored now, else null at once: for a reader that has other work at hand and
     * must not wait for an import (nor end, see {@link #read}). Having found nothing, it asks the database again only
     * after {@link #POLL}.
     */
    PageToClean readIfStored() {
        if (fetched.isEmpty() && System.nanoTime() - lastFoundNothing >= POLL.toNanos()) {
            fetchAfter(lastRead);
            if (fetched.isEmpty()) {
                lastFoundNothing = System.nanoTime();
            }
        }
        return fetched.isEmpty() ? null : next();
    }

    private PageToClean next() {
        PageToClean page = fetched.removeFirst();
        lastRead = page.id();
        return page;
    }

    private void fetchAfter(long id) {
        Map<String, Object> parameters = new HashMap<>(selection.parameters());
        parameters.put("after", id);
        parameters.put("limit", pageSize);
        // octet_length reads the size from the stored value's header: the body itself is not fetched
        fetched.addAll(jdbc.query("SELECT id, octet_length(body) FROM raw_page WHERE " + selection.where()
                + " AND id > :after ORDER BY id LIMIT :limit", parameters,
                (rs, row) -> new PageToClean(rs.getLong(1), rs.getLong(2))));
    }

    @Override
    public void open(ExecutionContext context) {
        lastRead = savedPosition(context);
        fetched.clear();
    }

    @Override
    public void update(ExecutionContext context) {
        savePosition(context, lastRead);
    }

    /** The last id a run handed on before its last commit, where its restart goes on; 0 for a new run. */
    static long savedPosition(ExecutionContext context) {
        return context.containsKey(LAST_ID) ? context.getLong(LAST_ID) : 0;
    }

    /** Saves the position of a reader that hands on pages read earlier (see {@link CleaningReader}). */
    static void savePosition(ExecutionContext context, long lastId) {
        context.putLong(LAST_ID, lastId);
    }
}
