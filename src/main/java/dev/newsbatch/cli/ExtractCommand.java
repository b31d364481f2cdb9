package dev.newsbatch.cli;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleExtractor;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.Rejected;
import dev.newsbatch.page.PageRead;
import dev.newsbatch.page.RawPage;
import dev.newsbatch.page.UnreadablePage;
import dev.newsbatch.source.files.PageFileReader;
import dev.newsbatch.source.files.PageFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code extract}: what the cleaner makes of pages on disk, printed; no database involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what the cleaner makes of a page file, or of every page file in a folder.",
                "A folder prints JSON Lines, one object per file: id (file name without extension), url, title, "
                        + "authors, byline, agency, dateline {raw, location, agency}, published_at, language, "
                        + "images [{caption, credit, src}], text (paragraphs separated by a blank line), and "
                        + "'sources' (which signal each field came from) and 'rejected' {reason, detail} where the "
                        + "page is not an article."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @Parameters(paramLabel = "FILE|DIR", description = "An HTML page (.html/.htm), a text dump (.txt), or a folder of them.")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (default for a file), jsonl (default for a folder) or text.")
    Format format;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of times a page states without one, e.g. Asia/Shanghai (default: the job's, else UTC).")
    String timeZone;

    @Option(names = "--job", paramLabel = "FILE", description = "A job definition (jobs/NAME.yml) whose settings apply.")
    Path job;

    @Spec
    CommandSpec spec;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() {
        if (!Files.exists(input)) {
            throw new UserError(ExitCodes.USAGE, "no such file or folder: " + input);
        }
        ExtractionSettings settings = CommandSettings.extractionSettings(job, timeZone);
        List<Path> files = PageFiles.list(List.of(input)).files();
        Format chosen = format != null ? format : Files.isDirectory(input) ? Format.jsonl : Format.json;
        PageFileReader reader = new PageFileReader(settings.maxBytes());
        ArticleExtractor extractor = new ArticleExtractor();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            PageRead read = reader.read(file, null);
            Extraction result = read instanceof RawPage page ? extractor.extract(page, settings)
                    : new Rejected(((UnreadablePage) read).reason(), ((UnreadablePage) read).detail());
            print(out, chosen, idOf(file), result);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Format format, String id, Extraction result) {
        Map<String, Object> json = ArticleJson.of(id, null, result);
        switch (format) {
            case jsonl -> out.println(JSON.writeValueAsString(json));
            case json -> out.println(JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            case text -> out.println(asText(id, result));
        }
    }

    private static String asText(String id, Extraction result) {
        if (result instanceof Rejected rejected) {
            return "# " + id + "\nrejected: " + rejected.reason() + " (" + rejected.detail() + ")\n";
        }
        Article article = (Article) result;
        StringBuilder text = new StringBuilder("# ").append(article.title() == null ? id : article.title()).append('\n');
        if (!article.authors().isEmpty()) {
            text.append("authors: ").append(String.join("; ", article.authors())).append('\n');
        }
        if (article.agency() != null) {
            text.append("agency: ").append(article.agency()).append('\n');
        }
        if (article.dateline() != null) {
            text.append("dateline: ").append(article.dateline().raw()).append('\n');
        }
        if (article.published() != null) {
            text.append("published: ").append(article.published().iso()).append('\n');
        }
        return text.append('\n').append(article.bodyText()).append('\n').toString();
    }

    /** A page's id in the output: its file name without the extension, as the evaluation corpora name pages. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
