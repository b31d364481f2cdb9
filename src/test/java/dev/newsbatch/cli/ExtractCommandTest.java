package dev.newsbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void folderPrintsOneJsonLinePerFileWithTheStableFields() throws Exception {
        Files.writeString(dir.resolve("story.html"), """
                <html lang="en"><head><title>Rain returns to the valley</title></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Rain returns to the valley</h1>
                <p>After four dry months, steady rain fell across the valley on Sunday and farmers said the reservoirs would begin to recover within weeks.</p>
                <p>The weather office expects more showers through the week, with the heaviest falls in the hills to the north of the town.</p>
                </article></body></html>""");
        Files.write(dir.resolve("broken.html"), new byte[0]);
        Files.writeString(dir.resolve("notes.csv"), "a,b\n");

        Cli.Result result = Cli.run("extract", dir.toString());

        assertThat(result.exit()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        Map<String, Object> broken = JSON.readValue(lines.get(0), Map.class);
        Map<String, Object> story = JSON.readValue(lines.get(1), Map.class);
        assertThat(story).containsKeys("id", "url", "title", "authors", "byline", "agency", "dateline",
                "published_at", "language", "images", "text");
        assertThat(story.get("id")).isEqualTo("story");
        assertThat(story.get("title")).isEqualTo("Rain returns to the valley");
        assertThat(story.get("language")).isEqualTo("en");
        assertThat((String) story.get("text")).contains("steady rain fell").contains("\n\nThe weather office")
                .doesNotContain("Home");
        assertThat(broken.get("id")).isEqualTo("broken");
        assertThat((Map<String, Object>) broken.get("rejected")).containsEntry("reason", "empty");
    }

    @Test
    void singleFilePrintsIndentedJson() throws Exception {
        Path page = Files.writeString(dir.resolve("p.html"), "<p>" + "A sentence of a story that is long enough. ".repeat(5) + "</p>");
        Cli.Result result = Cli.run("extract", page.toString());
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("{\n");
        assertThat(JSON.readValue(result.out(), Map.class)).containsEntry("id", "p");
    }

    @Test
    void textDumpTakesTheZoneFromTheCommandLine() throws Exception {
        Path dump = Files.writeString(dir.resolve("d.txt"), """
                Museum to open in old station
                From:Xinhua  |  2024-02-20 09:05
                GENEVA, Feb. 20 (Xinhua) -- The old railway station will become a museum of travel, the city said on Tuesday, after ten years of debate.
                Work is due to start in April and the museum should open next year, with a collection of tickets and timetables.
                """);
        Cli.Result result = Cli.run("extract", "--time-zone", "Europe/Zurich", dump.toString());
        assertThat(result.exit()).isZero();
        assertThat(JSON.readValue(result.out(), Map.class)).containsEntry("published_at", "2024-02-20T09:05:00+01:00");
    }

    @Test
    void missingPathAndBadZoneAreUsageErrors() {
        Cli.Result missing = Cli.run("extract", dir.resolve("nope.html").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such file or folder").doesNotContain("Exception");

        Cli.Result badZone = Cli.run("extract", "--time-zone", "Mars/Olympus", dir.toString());
        assertThat(badZone.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badZone.err()).contains("'Mars/Olympus' is not a time zone");
    }

    @Test
    void badJobDefinitionIsAUsageErrorNamingTheKey() throws Exception {
        Path job = Files.writeString(dir.resolve("bad.yml"), "name: x\nmax-depth: deep\n");
        Cli.Result result = Cli.run("extract", "--job", job.toString(), dir.toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("bad.yml: max-depth: 'deep' must be a whole number");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("import", "clean", "extract", "runs", "eval")) {
            Cli.Result result = Cli.run(command, "--help");
            assertThat(result.exit()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage: newsbatch " + command);
        }
    }
}
