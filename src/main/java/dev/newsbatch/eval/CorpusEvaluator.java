package dev.newsbatch.eval;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.Rejected;
import dev.newsbatch.page.Origin;
import dev.newsbatch.page.RawPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;

/**
 * Runs the extractor over a corpus and scores what it made: a scoring pass on N threads (per-page times and
 * throughput), then optionally a one-thread benchmark pass comparing jsoup's parse alone with the whole extraction
 * on the same pages. Each page is a {@link RawPage} with the gold URL and {@link Origin#FILE}.
 */
public final class CorpusEvaluator {

    /**
     * Timed benchmark passes. Each page keeps its fastest of them; with 3 the ratio still moved by up to 0.2 from
     * one run to the next on a shared two-core machine.
     */
    static final int BENCHMARK_REPEATS = 5;
    /**
     * Extractions this JVM runs before the first timed pass: the JIT compiler needs a few thousand to compile the
     * extraction's code fully (jsoup's parser, a far smaller loop, is compiled long before). With one warm-up pass
     * of a 359-page corpus, the corpus measured first showed a ratio about 0.2 higher than the same pages measured
     * after another corpus in the same run; a corpus evaluated alone still measured 0.1 higher after 2,000
     * extractions than after 4,000.
     */
    static final int MIN_WARM_UP_EXTRACTIONS = 4_000;

    /** Extractions run so far in this JVM (scoring passes included), for {@link #MIN_WARM_UP_EXTRACTIONS}. */
    private static final AtomicLong EXTRACTIONS = new AtomicLong();

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ExtractionSettings settings = ExtractionSettings.defaults();
    private final int threads;
    private final boolean benchmark;

    /**
     * @param threads   threads of the scoring pass (at least 1)
     * @param benchmark whether to run the jsoup-parse versus extraction benchmark after the scoring pass
     */
    public CorpusEvaluator(int threads, boolean benchmark) {
        this.threads = Math.max(1, threads);
        this.benchmark = benchmark;
    }

    public CorpusEvaluation evaluate(Corpus corpus) {
        List<byte[]> bodies = corpus.pages().stream().map(CorpusEvaluator::readBytes).toList();
        long start = System.nanoTime();
        List<Prediction> predictions = extractAll(corpus.pages(), bodies);
        double wall = (System.nanoTime() - start) / 1e6;

        Map<String, Prediction> byId = new HashMap<>();
        predictions.forEach(p -> byId.put(p.id(), p));
        Scores scores = CorpusScorer.forKind(corpus.kind()).score(corpus.pages(), byId);

        double[] times = predictions.stream().mapToDouble(Prediction::millis).toArray();
        double parseMedian = Double.NaN;
        double extractMedian = Double.NaN;
        if (benchmark) {
            double[][] bench = benchmark(corpus.pages(), bodies);
            parseMedian = percentile(bench[0], 0.5);
            extractMedian = percentile(bench[1], 0.5);
        }
        SpeedReport speed = new SpeedReport(predictions.size(), threads, wall, percentile(times, 0.5),
                percentile(times, 0.95), parseMedian, extractMedian);
        return new CorpusEvaluation(corpus, scores, speed, predictions);
    }

    private List<Prediction> extractAll(List<GoldPage> pages, List<byte[]> bodies) {
        if (threads == 1) {
            List<Prediction> out = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                out.add(predict(pages.get(i), bodies.get(i)));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Prediction>> futures = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                GoldPage page = pages.get(i);
                byte[] body = bodies.get(i);
                futures.add(pool.submit(() -> predict(page, body)));
            }
            List<Prediction> out = new ArrayList<>();
            for (Future<Prediction> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One page: extraction is timed, and an exception becomes an empty prediction with its error. */
    Prediction predict(GoldPage page, byte[] body) {
        EXTRACTIONS.incrementAndGet();
        long start = System.nanoTime();
        Extraction result;
        try {
            result = extractor.extract(rawPage(page, body), settings);
        } catch (RuntimeException | StackOverflowError e) {
            double ms = (System.nanoTime() - start) / 1e6;
            return new Prediction(page.id(), "", null, List.of(), null, ms, "exception: " + e);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (result instanceof Article article) {
            return new Prediction(page.id(), article.bodyText(), article.title(), article.authors(),
                    article.published() == null ? null : article.published().iso(), ms, null);
        }
        Rejected rejected = (Rejected) result;
        return new Prediction(page.id(), "", null, List.of(), null, ms, rejected.reason());
    }

    /**
     * Warm-up passes (one, or as many as it takes for this JVM to have run {@link #MIN_WARM_UP_EXTRACTIONS}), then
     * {@link #BENCHMARK_REPEATS} timed passes interleaving jsoup parse alone and the whole extraction page by page;
     * each page keeps its fastest time of each, which filters out the pauses a shared machine adds (garbage
     * collection, other processes), and the medians are taken over those.
     */
    private double[][] benchmark(List<GoldPage> pages, List<byte[]> bodies) {
        do {
            for (int i = 0; i < pages.size(); i++) {
                parseOnly(pages.get(i), bodies.get(i));
                predict(pages.get(i), bodies.get(i));
            }
        } while (EXTRACTIONS.get() < MIN_WARM_UP_EXTRACTIONS && !pages.isEmpty());
        double[] parse = new double[pages.size()];
        double[] extract = new double[pages.size()];
        Arrays.fill(parse, Double.MAX_VALUE);
        Arrays.fill(extract, Double.MAX_VALUE);
        for (int repeat = 0; repeat < BENCHMARK_REPEATS; repeat++) {
            for (int i = 0; i < pages.size(); i++) {
                long start = System.nanoTime();
                parseOnly(pages.get(i), bodies.get(i));
                parse[i] = Math.min(parse[i], (System.nanoTime() - start) / 1e6);
                extract[i] = Math.min(extract[i], predict(pages.get(i), bodies.get(i)).millis());
            }
        }
        return new double[][] {parse, extract};
    }

    private static void parseOnly(GoldPage page, byte[] body) {
        try {
            Jsoup.parse(new ByteArrayInputStream(body), null, page.url() == null ? "" : page.url());
        } catch (IOException | RuntimeException e) {
            // jsoup refusing a page is the same for both sides of the comparison; nothing to measure
        }
    }

    static RawPage rawPage(GoldPage page, byte[] body) {
        return new RawPage(page.url(), null, Origin.FILE, page.html().toString(), null, Instant.EPOCH, null, null,
                Map.of(), body);
    }

    private static byte[] readBytes(GoldPage page) {
        try {
            return Files.readAllBytes(page.html());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page.html(), e);
        }
    }

    /** Nearest-rank percentile; NaN for no values. */
    static double percentile(double[] values, double fraction) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (fraction == 0.5) {
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
