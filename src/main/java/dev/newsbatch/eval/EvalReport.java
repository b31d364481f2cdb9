package dev.newsbatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders evaluations for people (aligned text), for tools (one JSON object) and as a worst-first page list. */
public final class EvalReport {

    private EvalReport() {
    }

    public static String text(List<CorpusEvaluation> evaluations) {
        StringBuilder out = new StringBuilder();
        for (CorpusEvaluation e : evaluations) {
            out.append(String.format(Locale.ROOT, "%s (%s, %d pages):", e.corpus().name(), e.corpus().kind().label(),
                    e.corpus().pages().size()));
            e.scores().metrics().forEach((name, value) ->
                    out.append(String.format(Locale.ROOT, "  %s %.4f", name, value)));
            out.append('\n');
            SpeedReport s = e.speed();
            out.append(String.format(Locale.ROOT,
                    "  speed: %.1f pages/s on %d thread(s), median %.2f ms, p95 %.2f ms per page%n",
                    s.pagesPerSecond(), s.threads(), s.medianMillis(), s.p95Millis()));
            if (s.benchmarked()) {
                out.append(String.format(Locale.ROOT,
                        "  benchmark (1 thread, after warm-up, best of %d per page): jsoup parse median %.2f ms, extraction"
                                + " median %.2f ms, ratio %.2f (target <= 2)%n", CorpusEvaluator.BENCHMARK_REPEATS,
                        s.jsoupParseMedian(), s.extractionMedian(), s.extractionOverParse()));
            }
            long errors = e.predictions().stream().filter(p -> p.error() != null).count();
            if (errors > 0) {
                out.append("  pages without an article: ").append(errors).append('\n');
            }
        }
        return out.toString();
    }

    public static String json(List<CorpusEvaluation> evaluations) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (CorpusEvaluation e : evaluations) {
            Map<String, Object> corpus = new LinkedHashMap<>();
            corpus.put("kind", e.corpus().kind().label());
            corpus.put("pages", e.corpus().pages().size());
            corpus.put("metrics", e.scores().metrics());
            SpeedReport s = e.speed();
            Map<String, Object> speed = new LinkedHashMap<>();
            speed.put("threads", s.threads());
            speed.put("pages_per_second", s.pagesPerSecond());
            speed.put("median_ms", s.medianMillis());
            speed.put("p95_ms", s.p95Millis());
            if (s.benchmarked()) {
                speed.put("jsoup_parse_median_ms", s.jsoupParseMedian());
                speed.put("extraction_median_ms", s.extractionMedian());
                speed.put("extraction_over_parse", s.extractionOverParse());
            }
            corpus.put("speed", speed);
            corpus.put("errors", e.predictions().stream().filter(p -> p.error() != null).count());
            root.put(e.corpus().name(), corpus);
        }
        return Corpus.JSON.writeValueAsString(root);
    }

    /** One line per page, worst first: corpus, score, id, and what went wrong. */
    public static String perPage(List<CorpusEvaluation> evaluations) {
        record Line(String corpus, PageScore page) {
        }
        List<Line> lines = new ArrayList<>();
        for (CorpusEvaluation e : evaluations) {
            e.scores().pages().forEach(p -> lines.add(new Line(e.corpus().name(), p)));
        }
        lines.sort(Comparator.comparingDouble((Line l) -> l.page().score()).thenComparing(l -> l.page().id()));
        StringBuilder out = new StringBuilder();
        for (Line l : lines) {
            out.append(String.format(Locale.ROOT, "%.4f\t%s\t%s\t%s%n", l.page().score(), l.corpus(), l.page().id(),
                    l.page().detail()));
        }
        return out.toString();
    }
}
