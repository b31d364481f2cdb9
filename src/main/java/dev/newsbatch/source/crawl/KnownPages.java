package dev.newsbatch.source.crawl;

import java.util.Set;

/**
 * Story URLs a crawl need not fetch again: already stored, and recently enough. The job layer answers it from the
 * database at the start of a run; {@link #NONE} makes a crawl re-fetch everything ({@code --refresh}).
 */
@FunctionalInterface
public interface KnownPages {

    KnownPages NONE = url -> false;

    boolean isKnown(String url);

    static KnownPages of(Set<String> urls) {
        Set<String> copy = Set.copyOf(urls);
        return copy::contains;
    }
}
