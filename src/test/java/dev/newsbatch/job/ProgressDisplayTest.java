package dev.newsbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void theTerminalBarRedrawsInPlaceWithCountsRateEtaAndRejections() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.started("clean", "pages", 200);
        bar.finished("clean", 100, 7);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rclean [").contains("  0% 0/200 pages");
        String last = shown.substring(shown.lastIndexOf('\r'));
        assertThat(last).contains("[" + "#".repeat(15) + ".".repeat(15) + "]").contains(" 50% 100/200 pages")
                .contains("ETA ").contains("rejected 7");
        assertThat(shown).endsWith(System.lineSeparator());
    }

    @Test
    void anUnknownTotalShowsCountsWithoutAPercentage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.started("importFiles", "pages", -1);
        bar.finished("importFiles", 42, 0);
        String last = bytes.toString(StandardCharsets.UTF_8);
        last = last.substring(last.lastIndexOf('\r'));
        assertThat(last).contains("importFiles 42 pages").doesNotContain("%").doesNotContain("ETA");
    }

    @Test
    void stepsRunningAtOnceShareTheLineAndAFinishedOneKeepsItsOwn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgressBar bar = new TerminalProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.started("importFiles", "pages", 100);
        bar.started("clean", "pages", -1);
        String both = bytes.toString(StandardCharsets.UTF_8);
        assertThat(both.substring(both.lastIndexOf('\r'))).contains("importFiles [").contains(" | clean 0 pages");

        bar.finished("importFiles", 100, 3);
        bar.advanced("clean", 60, 1);
        bar.finished("clean", 97, 2);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = shown.split(System.lineSeparator());
        assertThat(lines).hasSize(2);
        assertThat(lines[0].substring(lines[0].lastIndexOf('\r'))).contains("importFiles [").contains("100/100 pages")
                .contains("rejected 3").doesNotContain("clean");
        assertThat(lines[1].substring(lines[1].lastIndexOf('\r'))).contains("clean 97 pages").contains("rejected 2")
                .doesNotContain("importFiles");
    }

    @Test
    void rateAndTimeLeftFollowFromWhatIsDone() {
        ProgressRate rate = new ProgressRate(50, 200, Duration.ofSeconds(10));
        assertThat(rate.perSecond()).isEqualTo(5.0);
        assertThat(rate.remaining()).isEqualTo(Duration.ofSeconds(30));
        assertThat(ProgressRate.format(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
        assertThat(new ProgressRate(0, 200, Duration.ofSeconds(1)).remaining()).isNull();
    }
}
