package dev.newsbatch.cli;

import dev.newsbatch.site.SiteDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: page files and WARC archives into raw_page, then the clean step; one summary line at the end. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import page files and folders (read recursively: .html/.htm pages, .txt text dumps and "
                + ".warc/.warc.gz archives) into raw_page, then clean every new page into an article or a rejection.",
                "Importing the same file again adds nothing. Ends with one summary line."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, WARC archives and folders to import.")
    List<Path> paths;

    @Option(names = "--job", paramLabel = "FILE",
            description = "The job definition (jobs/NAME.yml) of these pages: their site name, time zone, selectors.")
    Path job;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of times the pages state without one, e.g. Asia/Shanghai (overrides the job's).")
    String timeZone;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserError(ExitCodes.USAGE, "no such file or folder: " + path);
            }
        }
        SiteDefinition definition = CommandSettings.definition(job);
        ZoneId zone = CommandSettings.zone(timeZone);
        if (zone == null && definition != null) {
            zone = definition.timeZone();
        }
        List<String> properties = options.asProperties(job);
        ZoneId pageZone = zone;
        return JobCommands.run(spec, properties,
                runner -> runner.importFiles(paths, definition == null ? null : definition.name(), pageZone));
    }
}
