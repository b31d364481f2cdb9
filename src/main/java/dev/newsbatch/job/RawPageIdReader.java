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
 * The clean step's reader: the ids of the raw pages to clean, in id order, a page of ids at a time; the position (the
 * last id read) is saved at each commit, so a restart goes on after it.
 *
 * <p>Beside an import it follows the import step, which stores pages while this step cleans them: having caught up,
 * it waits for the next commit, and it ends only when the import step has ended and nothing is left. Ids grow in the
 * order the import commits them, so reading on after the last id misses nothing the import stores.
 */
class RawPageIdReader implements ItemStreamReader<Long> {

    private static final String LAST_ID = "lastId";
    /** How long to wait, having caught up with a running import, before looking again. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final NamedParameterJdbcTemplate jdbc;
    private final RawPageSelection selection;
    private final int pageSize;
    private final BooleanSupplier importRunning;
    private final Deque<Long> fetched = new ArrayDeque<>();
    private long lastRead;

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
    public Long read() throws InterruptedException {
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
        lastRead = fetched.removeFirst();
        return lastRead;
    }

    private void fetchAfter(long id) {
        Map<String, Object> parameters = new HashMap<>(selection.parameters());
        parameters.put("after", id);
        parameters.put("limit", pageSize);
        fetched.addAll(jdbc.queryForList("SELECT id FROM raw_page WHERE " + selection.where()
                + " AND id > :after ORDER BY id LIMIT :limit", parameters, Long.class));
    }

    @Override
    public void open(ExecutionContext context) {
        lastRead = context.containsKey(LAST_ID) ? context.getLong(LAST_ID) : 0;
        fetched.clear();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_ID, lastRead);
    }
}
