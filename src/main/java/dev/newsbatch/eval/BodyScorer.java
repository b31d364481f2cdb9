package dev.newsbatch.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric over a whole body: 4-token shingles, per-page normalized counts,
 * precision and recall macro-averaged over pages, F1 from those averages, accuracy as exact token-list equality.
 * Agrees with {@code score_body.py}. Thread-safe.
 */
public final class BodyScorer implements CorpusScorer {

    /** Python's Unicode {@code \w}: letters, numbers and the underscore (combining marks are not word characters). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    /** Normalized counts of one page; tp + fp + fn is 1 unless all are 0. */
    record Counts(double tp, double fp, double fn, boolean exact) {

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fp > 0 ? tp / (tp + fp) : 0.0;
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fn > 0 ? tp / (tp + fn) : 0.0;
        }
    }

    @Override
    public Scores score(List<GoldPage> gold, Map<String, Prediction> predictions) {
        List<Counts> all = new ArrayList<>();
        List<PageScore> pages = new ArrayList<>();
        for (GoldPage page : gold) {
            Prediction prediction = predictions.get(page.id());
            Counts counts = compare(page.gold().path("articleBody").asString(""),
                    prediction == null ? "" : prediction.text());
            all.add(counts);
            double p = counts.precision();
            double r = counts.recall();
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            pages.add(new PageScore(page.id(), f, String.format("P=%.3f R=%.3f", p, r)));
        }
        return new Scores(aggregate(all), pages);
    }

    static Map<String, Double> aggregate(List<Counts> all) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Counts c : all) {
            if (c.tp() + c.fp() > 0) {
                precisionSum += c.precision();
                precisionPages++;
            }
            if (c.tp() + c.fn() > 0) {
                recallSum += c.recall();
                recallPages++;
            }
            exact += c.exact() ? 1 : 0;
        }
        double p = precisionPages == 0 ? 0.0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0.0 : recallSum / recallPages;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        metrics.put("precision", p);
        metrics.put("recall", r);
        metrics.put("accuracy", all.isEmpty() ? 0.0 : (double) exact / all.size());
        return metrics;
    }

    static Counts compare(String goldText, String predictedText) {
        List<String> goldTokens = tokens(goldText);
        List<String> predictedTokens = tokens(predictedText);
        Map<String, Integer> goldShingles = shingles(goldTokens);
        Map<String, Integer> predictedShingles = shingles(predictedTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : predictedShingles.entrySet()) {
            int g = goldShingles.getOrDefault(e.getKey(), 0);
            tp += Math.min(g, e.getValue());
            fp += Math.max(0, e.getValue() - g);
        }
        for (Map.Entry<String, Integer> e : goldShingles.entrySet()) {
            fn += Math.max(0, e.getValue() - predictedShingles.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        boolean exact = goldTokens.equals(predictedTokens);
        if (sum == 0) {
            return new Counts(0, 0, 0, exact);
        }
        return new Counts(tp / sum, fp / sum, fn / sum, exact);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The multiset of 4-token shingles; 1 to 4 tokens make a single shingle, none make none. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        if (tokens.size() <= SHINGLE) {
            shingles.put(String.join("\u0000", tokens), 1);
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            shingles.merge(String.join("\u0000", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return shingles;
    }
}
