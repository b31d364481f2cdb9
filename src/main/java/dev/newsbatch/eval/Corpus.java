package dev.newsbatch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A labelled corpus on disk: {@code gold.jsonl} (one JSON object per page) beside {@code html/<id>.html} (the raw
 * bytes as fetched). Immutable once read.
 */
public record Corpus(String name, Path dir, CorpusKind kind, List<GoldPage> pages) {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    public Corpus {
        pages = List.copyOf(pages);
    }

    /** True when the folder looks like a corpus (it has a gold file). */
    public static boolean isCorpus(Path dir) {
        return Files.isRegularFile(dir.resolve("gold.jsonl"));
    }

    /** Reads a corpus folder; its kind is that of the first gold record that has a known gold field. */
    public static Corpus read(Path dir) {
        Path gold = dir.resolve("gold.jsonl");
        List<GoldPage> pages = new ArrayList<>();
        CorpusKind kind = null;
        try {
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                String id = record.path("id").asString();
                String url = record.path("url").isString() ? record.path("url").asString() : null;
                pages.add(new GoldPage(id, url, dir.resolve("html").resolve(id + ".html"), record));
                if (kind == null) {
                    kind = CorpusKind.of(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        if (kind == null) {
            throw new IllegalArgumentException(gold + ": no record has articleBody, with/without or date");
        }
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        return new Corpus(fileName == null ? dir.toString() : fileName.toString(), dir, kind, pages);
    }
}
