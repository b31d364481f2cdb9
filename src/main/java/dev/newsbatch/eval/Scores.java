package dev.newsbatch.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring one corpus: named metrics in a fixed order (the names the quality baseline uses) and every
 * page's own score.
 */
public record Scores(Map<String, Double> metrics, List<PageScore> pages) {

    public Scores {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        pages = List.copyOf(pages);
    }

    public double metric(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no metric " + name + " in " + metrics.keySet());
        }
        return value;
    }
}
