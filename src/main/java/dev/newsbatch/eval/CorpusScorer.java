package dev.newsbatch.eval;

import java.util.List;
import java.util.Map;

/** Scores predictions against a corpus's gold records; one implementation per {@link CorpusKind}. */
public interface CorpusScorer {

    /**
     * @param gold        every page of the corpus
     * @param predictions by page id; a page without one is scored as an empty output
     */
    Scores score(List<GoldPage> gold, Map<String, Prediction> predictions);

    static CorpusScorer forKind(CorpusKind kind) {
        return switch (kind) {
            case BODY -> new BodyScorer();
            case SNIPPETS -> new SnippetScorer();
            case DATES -> new DateScorer();
        };
    }
}
