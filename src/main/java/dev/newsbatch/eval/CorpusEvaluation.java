package dev.newsbatch.eval;

import java.util.List;

/** Everything the eval command learned about one corpus: scores, speed and the predictions themselves. */
public record CorpusEvaluation(Corpus corpus, Scores scores, SpeedReport speed, List<Prediction> predictions) {

    public CorpusEvaluation {
        predictions = List.copyOf(predictions);
    }
}
