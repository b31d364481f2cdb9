package dev.newsbatch.eval;

import static dev.newsbatch.eval.GoldPages.byId;
import static dev.newsbatch.eval.GoldPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateScorerTest {

    private static Prediction date(String id, String iso) {
        return new Prediction(id, "", null, List.of(), iso, 0, null);
    }

    @Test
    void rightDayIsAHitWrongDayAFalsePositiveNoneAMiss() {
        List<GoldPage> gold = List.of(
                page("{\"id\":\"a\",\"date\":\"2020-06-07\"}"),
                page("{\"id\":\"b\",\"date\":\"2020-06-07\"}"),
                page("{\"id\":\"c\",\"date\":\"2020-06-07\"}"),
                page("{\"id\":\"d\",\"date\":null}"),
                page("{\"id\":\"e\",\"date\":null}"));
        Scores s = new DateScorer().score(gold, byId(
                date("a", "2020-06-07T23:30+02:00"),   // same day as written: tp
                date("b", "2020-06-08"),               // fp
                date("c", null),                       // fn
                date("d", "2019-01-01"),               // gold has none: fp
                date("e", null)));                     // fn
        // tp=1, fp=2, fn=2
        assertThat(s.metric("precision")).isEqualTo(1.0 / 3);
        assertThat(s.metric("recall")).isEqualTo(1.0 / 3);
        assertThat(s.metric("f")).isEqualTo(2.0 / (2 + 2 + 2));
    }
}
