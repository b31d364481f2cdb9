package dev.newsbatch.eval;

/**
 * How fast extraction ran over a corpus.
 *
 * @param pages             pages extracted
 * @param threads           threads of the scoring pass
 * @param wallMillis        wall time of the scoring pass
 * @param medianMillis      median per-page extraction time in the scoring pass
 * @param p95Millis         95th percentile of the same
 * @param jsoupParseMedian  benchmark (one thread, after warm-up, best of {@link CorpusEvaluator#BENCHMARK_REPEATS} per page): median time jsoup alone
 *                          takes to parse a page's bytes; NaN when the benchmark was not run
 * @param extractionMedian  benchmark: median time of the whole extraction of the same pages; NaN when not run
 */
public record SpeedReport(int pages, int threads, double wallMillis, double medianMillis, double p95Millis,
        double jsoupParseMedian, double extractionMedian) {

    public double pagesPerSecond() {
        return wallMillis <= 0 ? 0 : pages * 1000.0 / wallMillis;
    }

    /** Whole extraction over jsoup parse alone (the target is at most 2). */
    public double extractionOverParse() {
        return extractionMedian / jsoupParseMedian;
    }

    public boolean benchmarked() {
        return !Double.isNaN(jsoupParseMedian);
    }
}
