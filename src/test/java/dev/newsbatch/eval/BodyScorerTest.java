package dev.newsbatch.eval;

import static dev.newsbatch.eval.GoldPages.byId;
import static dev.newsbatch.eval.GoldPages.page;
import static dev.newsbatch.eval.GoldPages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyScorerTest {

    private final BodyScorer scorer = new BodyScorer();

    @Test
    void identicalBodiesScorePerfectly() {
        Scores s = scorer.score(List.of(page("{\"id\":\"a\",\"articleBody\":\"one two three four five six\"}")),
                byId(text("a", "one two, three four\n\nfive six")));
        assertThat(s.metric("f1")).isEqualTo(1.0);
        assertThat(s.metric("accuracy")).isEqualTo(1.0);
    }

    @Test
    void shorterPredictionLosesRecallOnly() {
        // gold shingles {abcd, bcde}; prediction has 4 tokens, so one shingle {abcd}: tp=1, fn=1 -> P=1, R=0.5
        Scores s = scorer.score(List.of(page("{\"id\":\"a\",\"articleBody\":\"a b c d e\"}")),
                byId(text("a", "a b c d")));
        assertThat(s.metric("precision")).isEqualTo(1.0);
        assertThat(s.metric("recall")).isEqualTo(0.5);
        assertThat(s.metric("f1")).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(s.metric("accuracy")).isEqualTo(0.0);
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        // gold "x y z w x y z w": 5 shingles, xyzw(2), yzwx, zwxy, wxyz; prediction "x y z w": xyzw(1)
        // tp=1, fp=0, fn=4 -> normalized 1/5, 0, 4/5 -> P=1, R=0.2 (a set, not a multiset, would give 1/4)
        Scores s = scorer.score(List.of(page("{\"id\":\"a\",\"articleBody\":\"x y z w x y z w\"}")),
                byId(text("a", "x y z w")));
        assertThat(s.metric("recall")).isEqualTo(0.2);
        assertThat(s.metric("precision")).isEqualTo(1.0);
    }

    @Test
    void emptyPredictionDropsOutOfPrecisionAndCostsRecall() {
        Scores s = scorer.score(List.of(
                        page("{\"id\":\"a\",\"articleBody\":\"alpha beta gamma delta\"}"),
                        page("{\"id\":\"b\",\"articleBody\":\"epsilon zeta eta theta\"}")),
                byId(text("a", "alpha beta gamma delta"), text("b", "")));
        assertThat(s.metric("precision")).isEqualTo(1.0);
        assertThat(s.metric("recall")).isEqualTo(0.5);
        assertThat(s.metric("f1")).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    }

    @Test
    void missingPredictionIsScoredAsEmpty() {
        Scores s = scorer.score(List.of(page("{\"id\":\"a\",\"articleBody\":\"alpha beta\"}")), byId());
        assertThat(s.metric("recall")).isEqualTo(0.0);
        assertThat(s.pages()).singleElement().extracting(PageScore::score).isEqualTo(0.0);
    }

    @Test
    void tokensFollowPythonsUnicodeWordClass() {
        // apostrophes and hyphens split, the underscore joins, digits and non-Latin letters are words,
        // a combining accent is not a word character (Python's \w excludes marks)
        assertThat(BodyScorer.tokens("don't stop_now über-cool 12 日本語 e\u0301t"))
                .containsExactly("don", "t", "stop_now", "über", "cool", "12", "日本語", "e", "t");
    }
}
