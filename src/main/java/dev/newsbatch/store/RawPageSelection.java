package dev.newsbatch.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which raw pages a clean run takes: those not cleaned yet, or all of them; of one site; fetched since a time.
 *
 * @param all   every page, not only the ones not cleaned yet
 * @param site  only this site's pages, or null
 * @param since only pages fetched at or after this, or null
 */
public record RawPageSelection(boolean all, String site, Instant since) {

    /** The SQL condition on {@code raw_page}, with named parameters from {@link #parameters()}. */
    public String where() {
        StringBuilder where = new StringBuilder(all ? "1 = 1" : "cleaned_at IS NULL");
        if (site != null) {
            where.append(" AND site = :site");
        }
        if (since != null) {
            where.append(" AND fetched_at >= :since");
        }
        return where.toString();
    }

    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (site != null) {
            parameters.put("site", site);
        }
        if (since != null) {
            parameters.put("since", Timestamp.from(since));
        }
        return parameters;
    }
}
