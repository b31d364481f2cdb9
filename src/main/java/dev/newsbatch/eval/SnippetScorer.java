package dev.newsbatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The with/without passage metric: a passage is found when it is a case-sensitive substring of the output after
 * both sides had their white space collapsed; counts are summed over all pages (micro average). Title and author are
 * exact matches over pages whose gold has them. Agrees with {@code score_snippets.py}. Thread-safe.
 */
public final class SnippetScorer implements CorpusScorer {

    /** Python's Unicode {@code \s}: Java's Unicode white space plus the ASCII separators U+001C..U+001F. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public Scores score(List<GoldPage> gold, Map<String, Prediction> predictions) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int titles = 0;
        int titlesRight = 0;
        int authors = 0;
        int authorsRight = 0;
        List<PageScore> pages = new ArrayList<>();
        for (GoldPage page : gold) {
            Prediction prediction = predictions.get(page.id());
            String out = collapse(prediction == null ? "" : prediction.text());
            int found = 0;
            int leaked = 0;
            List<String> problems = new ArrayList<>();
            List<String> with = strings(page.gold().path("with"));
            List<String> without = strings(page.gold().path("without"));
            for (String passage : with) {
                if (out.contains(collapse(passage))) {
                    found++;
                } else {
                    problems.add("missing: " + abbreviate(passage));
                }
            }
            for (String passage : without) {
                if (out.contains(collapse(passage))) {
                    leaked++;
                    problems.add("leaked: " + abbreviate(passage));
                }
            }
            tp += found;
            fn += with.size() - found;
            fp += leaked;
            int pageWrong = with.size() - found + leaked;
            pages.add(new PageScore(page.id(), pageWrong == 0 ? 1.0 : 2.0 * found / (2.0 * found + pageWrong),
                    String.join(" | ", problems)));

            String goldTitle = text(page.gold().path("title"));
            if (!goldTitle.isEmpty()) {
                titles++;
                titlesRight += collapse(goldTitle).equals(collapse(prediction == null ? null : prediction.title()))
                        ? 1 : 0;
            }
            JsonNode authorNode = page.gold().path("author");
            String goldAuthor = authorNode.isArray() ? String.join("; ", strings(authorNode)) : text(authorNode);
            if (!goldAuthor.isEmpty()) {
                authors++;
                String predicted = prediction == null ? "" : String.join("; ",
                        prediction.authors().stream().filter(a -> a != null && !a.isEmpty()).toList());
                authorsRight += collapse(goldAuthor).equals(collapse(predicted)) ? 1 : 0;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("f", tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn));
        metrics.put("precision", tp + fp == 0 ? 0.0 : (double) tp / (tp + fp));
        metrics.put("recall", tp + fn == 0 ? 0.0 : (double) tp / (tp + fn));
        metrics.put("title", (double) titlesRight / Math.max(titles, 1));
        metrics.put("author", (double) authorsRight / Math.max(authors, 1));
        return new Scores(metrics, pages);
    }

    /** Every run of white space one space, trimmed: how both sides are compared. */
    static String collapse(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode item : array) {
                if (item.isString()) {
                    values.add(item.asString());
                }
            }
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    private static String abbreviate(String passage) {
        return passage.length() <= 60 ? passage : passage.substring(0, 57) + "...";
    }
}
