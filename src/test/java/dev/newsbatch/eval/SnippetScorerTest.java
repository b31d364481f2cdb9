package dev.newsbatch.eval;

import static dev.newsbatch.eval.GoldPages.byId;
import static dev.newsbatch.eval.GoldPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {

    private final SnippetScorer scorer = new SnippetScorer();

    @Test
    void countsPassagesAcrossPagesAfterCollapsingWhiteSpace() {
        List<GoldPage> gold = List.of(
                page("{\"id\":\"a\",\"with\":[\"first  passage\",\"second\"],\"without\":[\"menu\"]}"),
                page("{\"id\":\"b\",\"with\":[\"third\"],\"without\":[\"footer text\",\"ads\"]}"));
        Scores s = scorer.score(gold, byId(
                new Prediction("a", "the first\n passage and a menu", null, List.of(), null, 0, null),
                new Prediction("b", "third, then\u00a0footer\ttext", null, List.of(), null, 0, null)));
        // tp: "first passage", "third" = 2; fn: "second" = 1; fp: "menu", "footer text" = 2
        assertThat(s.metric("precision")).isEqualTo(2.0 / 4);
        assertThat(s.metric("recall")).isEqualTo(2.0 / 3);
        assertThat(s.metric("f")).isEqualTo(4.0 / (4 + 2 + 1));
    }

    @Test
    void passagesAreCaseSensitive() {
        Scores s = scorer.score(List.of(page("{\"id\":\"a\",\"with\":[\"Berlin\"]}")),
                byId(new Prediction("a", "berlin", null, List.of(), null, 0, null)));
        assertThat(s.metric("recall")).isEqualTo(0.0);
    }

    @Test
    void titleAndAuthorAreExactMatchesOverPagesThatHaveThem() {
        List<GoldPage> gold = List.of(
                page("{\"id\":\"a\",\"with\":[],\"title\":\"A  Title\",\"author\":[\"Ann Lee\",\"Bo Ma\"]}"),
                page("{\"id\":\"b\",\"with\":[],\"title\":\"Other\",\"author\":\"Cy Dee\"}"),
                page("{\"id\":\"c\",\"with\":[],\"title\":null,\"author\":\"\"}"));
        Scores s = scorer.score(gold, byId(
                new Prediction("a", "", "A Title", List.of("Ann Lee", "Bo Ma"), null, 0, null),
                new Prediction("b", "", "Other!", List.of("Cy Dee", "Someone"), null, 0, null),
                new Prediction("c", "", "anything", List.of("X"), null, 0, null)));
        assertThat(s.metric("title")).isEqualTo(0.5);
        assertThat(s.metric("author")).isEqualTo(0.5);
    }
}
