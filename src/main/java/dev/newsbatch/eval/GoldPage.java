package dev.newsbatch.eval;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * One page of a corpus: its id, the URL its gold states, where its raw bytes are, and the gold record itself.
 */
public record GoldPage(String id, String url, Path html, JsonNode gold) {
}
