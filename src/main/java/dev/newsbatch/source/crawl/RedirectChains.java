package dev.newsbatch.source.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows redirect chains across crawler4j's fetches. crawler4j does not follow a redirect itself: it schedules the
 * target as a new URL and silently drops one it has seen before, so a loop would vanish without a trace. This
 * remembers, for each pending target, the chain that led to it: a chain that comes back to one of its URLs, or grows
 * past {@link #MAX_HOPS}, is a redirect loop, and a page finally fetched is stored under the URL the chain started
 * from. Thread-safe.
 */
final class RedirectChains {

    /** Browsers give up after about 20 redirects; a news page needing more than 5 is broken in practice. */
    static final int MAX_HOPS = 5;

    /** What a redirect means for the crawl. */
    record Hop(String origin, boolean loop, List<String> chain) {
    }

    private final Map<String, List<String>> chainByTarget = new ConcurrentHashMap<>();

    /** Records a redirect from one URL to another and says whether it closes a loop. */
    Hop redirect(String from, String to) {
        List<String> chain = new ArrayList<>(chainByTarget.getOrDefault(from, List.of(from)));
        chainByTarget.remove(from);
        boolean loop = chain.contains(to) || chain.size() > MAX_HOPS;
        chain.add(to);
        if (!loop) {
            chainByTarget.put(to, List.copyOf(chain));
        }
        return new Hop(chain.get(0), loop, List.copyOf(chain));
    }

    /** The URL the chain ending at this one started from (this URL itself if it was not redirected to), and forgets it. */
    String originOf(String url) {
        List<String> chain = chainByTarget.remove(url);
        return chain == null ? url : chain.get(0);
    }
}
