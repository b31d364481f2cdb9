package dev.newsbatch.cli;

import dev.newsbatch.extract.Article;
import dev.newsbatch.store.ArticleReader;
import dev.newsbatch.store.ArticleReader.Filter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code export}: stored articles out, streaming, as JSON Lines (the same fields as {@code extract}) or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored articles, streaming, one per line, oldest first; copies of a story are left out "
                + "unless --include-copies.",
                "jsonl has the same fields as `extract` (id is the article's row id); csv has id, url, site, title, "
                        + "authors (joined by '; '), byline, agency, dateline_raw, dateline_location, dateline_agency, "
                        + "published_at, language, text."})
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv }

    /** The CSV columns, in order. */
    static final List<String> CSV_COLUMNS = List.of("id", "url", "site", "title", "authors", "byline", "agency",
            "dateline_raw", "dateline_location", "dateline_agency", "published_at", "language", "text");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl (default) or csv.")
    Format format;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only articles stored or updated at or after this time (ISO-8601 with offset).")
    String since;

    @Option(names = "--site", paramLabel = "NAME", description = "Only articles of this site (job definition name).")
    String site;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced whole at the end) instead of standard output.")
    Path out;

    @Option(names = "--include-copies", description = "Also export articles that are copies of another story.")
    boolean includeCopies;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() throws Exception {
        Filter filter = new Filter(CommandSettings.since(since), site, includeCopies);
        try (ConfigurableApplicationContext context = ApplicationContexts.open(options.asProperties())) {
            ArticleReader reader = context.getBean(ArticleReader.class);
            if (out == null) {
                PrintWriter writer = spec.commandLine().getOut();
                export(reader, filter, writer);
                writer.flush();
            } else {
                // written beside the target and moved into place, so a reader never sees half an export
                Path folder = out.toAbsolutePath().getParent();
                Files.createDirectories(folder);
                Path temporary = Files.createTempFile(folder, ".newsbatch-export", ".tmp");
                try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8))) {
                    long count = export(reader, filter, writer);
                    spec.commandLine().getErr().println("newsbatch: exported " + count + " articles to " + out);
                }
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return ExitCodes.OK;
        }
    }

    private long export(ArticleReader reader, Filter filter, Writer writer) throws Exception {
        if (format == Format.csv) {
            writer.write(String.join(",", CSV_COLUMNS) + "\r\n");
        }
        return reader.read(filter, stored -> {
            if (format == Format.jsonl) {
                writer.write(JSON.writeValueAsString(ArticleJson.of(String.valueOf(stored.id()), null, stored.article())));
                writer.write('\n');
            } else {
                writer.write(csvLine(stored.id(), stored.site(), stored.article()));
            }
        });
    }

    static String csvLine(long id, String site, Article a) {
        Map<String, Object> json = ArticleJson.of(String.valueOf(id), null, a);
        List<Object> values = List.of(id, nullToEmpty(a.url()), nullToEmpty(site), nullToEmpty(a.title()),
                String.join("; ", a.authors()), nullToEmpty(a.byline()), nullToEmpty(a.agency()),
                a.dateline() == null ? "" : a.dateline().raw(), a.dateline() == null ? "" : nullToEmpty(a.dateline().location()),
                a.dateline() == null ? "" : nullToEmpty(a.dateline().agency()),
                json.get("published_at") == null ? "" : json.get("published_at"), nullToEmpty(a.language()), a.bodyText());
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(csvField(String.valueOf(value)));
        }
        return line.append("\r\n").toString();
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
