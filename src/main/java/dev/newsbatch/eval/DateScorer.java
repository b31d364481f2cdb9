package dev.newsbatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publication-date metric: no date is a miss (fn), the gold day is a hit (tp), any other date is wrong (fp; a
 * wrong date costs more than none). Only the day (the first 10 characters) is compared. Agrees with
 * {@code score_dates.py}. Thread-safe.
 */
public final class DateScorer implements CorpusScorer {

    private static final int DAY_LENGTH = "YYYY-MM-DD".length();

    @Override
    public Scores score(List<GoldPage> gold, Map<String, Prediction> predictions) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<PageScore> pages = new ArrayList<>();
        for (GoldPage page : gold) {
            Prediction prediction = predictions.get(page.id());
            String day = prediction == null ? null : day(prediction.publishedAt());
            String goldDay = page.gold().path("date").isString() ? page.gold().path("date").asString() : null;
            double score;
            if (day == null) {
                fn++;
                score = goldDay == null ? 1.0 : 0.5;
            } else if (goldDay != null && !goldDay.isEmpty() && day.equals(goldDay)) {
                tp++;
                score = 1.0;
            } else {
                fp++;
                score = 0.0;
            }
            pages.add(new PageScore(page.id(), score, "gold=" + goldDay + " found=" + day));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("f", tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn));
        metrics.put("precision", tp + fp == 0 ? 0.0 : (double) tp / (tp + fp));
        metrics.put("recall", tp + fn == 0 ? 0.0 : (double) tp / (tp + fn));
        return new Scores(metrics, pages);
    }

    private static String day(String iso) {
        return iso != null && iso.length() >= DAY_LENGTH ? iso.substring(0, DAY_LENGTH) : null;
    }
}
