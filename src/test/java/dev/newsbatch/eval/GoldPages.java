package dev.newsbatch.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small builders for scorer tests: gold pages from JSON strings, predictions by id. */
final class GoldPages {

    private GoldPages() {
    }

    static GoldPage page(String json) {
        JsonNode node = Corpus.JSON.readTree(json);
        return new GoldPage(node.path("id").asString(), null, Path.of("unused"), node);
    }

    static Prediction text(String id, String text) {
        return new Prediction(id, text, null, List.of(), null, 0, null);
    }

    static Map<String, Prediction> byId(Prediction... predictions) {
        Map<String, Prediction> map = new HashMap<>();
        for (Prediction p : predictions) {
            map.put(p.id(), p);
        }
        return map;
    }
}
