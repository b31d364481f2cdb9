package dev.newsbatch.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clean}: raw pages into articles or rejections. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Clean stored raw pages into articles (updated in place) or rejections.",
                "Without options, only pages not cleaned yet; --all re-cleans every page with the current cleaner."})
final class CleanCommand implements Callable<Integer> {

    @Option(names = "--all", description = "Re-clean every stored page, not only new ones.")
    boolean all;

    @Option(names = "--site", paramLabel = "NAME", description = "Only pages of this site (job definition name).")
    String site;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only pages fetched at or after this time (ISO-8601, e.g. 2026-01-31T00:00:00Z).")
    String since;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Instant sinceTime = CommandSettings.since(since);
        boolean everything = all || site != null || sinceTime != null;
        return JobCommands.run(spec, options.asProperties(), runner -> runner.clean(everything, site, sinceTime));
    }
}
