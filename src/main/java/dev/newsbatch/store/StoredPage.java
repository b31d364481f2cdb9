package dev.newsbatch.store;

import dev.newsbatch.page.RawPage;

/**
 * A raw page as the database holds it.
 *
 * @param id       {@code raw_page.id}
 * @param page     the page
 * @param timeZone the zone of times the page states without one, as given at import, or null
 */
public record StoredPage(long id, RawPage page, String timeZone) {
}
