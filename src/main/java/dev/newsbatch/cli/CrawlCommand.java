package dev.newsbatch.cli;

import dev.newsbatch.site.SiteDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crawl}: a site's new stories into raw_page, then the clean step; one summary line at the end. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl the site a job definition describes: read its feeds and sitemaps, walk its pages, store "
                + "the stories not stored yet in raw_page, record every page that could not be fetched in "
                + "rejected_page, then clean the new pages into articles.",
                "Meant for cron: a killed crawl is resumed by the next run. Ends with one summary line."})
final class CrawlCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOB", description = "The site's job definition, e.g. jobs/eastday.yml.")
    Path job;

    @Option(names = "--refresh", description = "Fetch stories again even if they are stored and recent.")
    boolean refresh;

    @Option(names = "--max-pages", paramLabel = "N",
            description = "Fetch at most N pages in this run (overrides the definition's max-pages).")
    Integer maxPages;

    @Option(names = "--crawl-dir", paramLabel = "DIR",
            description = "Folder of the crawls' resumable frontiers, one folder per site (default: var/crawl).")
    Path crawlDir;

    @Option(names = "--warc", paramLabel = "DIR",
            description = "Also write what the crawl fetched to DIR as a WARC archive (request and response records, "
                    + "one .warc.gz per run), which `import` can replay.")
    Path warcDir;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(job)) {
            throw new UserError(ExitCodes.USAGE, "no such job definition: " + job);
        }
        if (maxPages != null && maxPages < 1) {
            throw new UserError(ExitCodes.USAGE, "--max-pages: must be at least 1, not " + maxPages);
        }
        SiteDefinition definition = CommandSettings.definition(job);
        if (definition.seeds().isEmpty() && definition.feeds().isEmpty() && definition.sitemaps().isEmpty()) {
            throw new UserError(ExitCodes.USAGE, job + ": nothing to crawl: the definition has no seeds, feeds or "
                    + "sitemaps");
        }
        List<String> properties = options.asProperties(job);
        if (crawlDir != null) {
            properties.add("--newsbatch.crawl-dir=" + crawlDir);
        }
        return JobCommands.run(spec, properties, runner -> runner.crawl(job, refresh, maxPages, warcDir));
    }
}
