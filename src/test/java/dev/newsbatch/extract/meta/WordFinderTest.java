package dev.newsbatch.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordFinderTest {

    private static final List<String> WORDS = List.of("published", "posted", "veröffentlicht", "publié", "publiée",
            "опубликовано");
    private final WordFinder finder = new WordFinder(WORDS);

    @Test
    void findsWholeWordsIgnoringCase() {
        assertThat(ends("Published: 3 May 2020")).containsExactly(9);
        assertThat(ends("VERÖFFENTLICHT am 3. Mai")).containsExactly(14);
        assertThat(ends("Publiée le 3 mai, publié ailleurs")).containsExactly(7, 24);
        assertThat(ends("Опубликовано 3 мая")).containsExactly(12);
    }

    @Test
    void wordsInsideOtherWordsAreNotFound() {
        assertThat(ends("unpublished drafts, reposted items, postedby")).isEmpty();
        assertThat(ends("")).isEmpty();
        assertThat(ends("posted")).containsExactly(6);
    }

    /** The reference: the case-insensitive alternation with letter lookarounds it replaces. */
    @Test
    void agreesWithTheRegularExpressionItReplaces() {
        Pattern regex = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", WORDS.stream().map(Pattern::quote)
                .toList()) + ")(?![\\p{L}])");
        String[] parts = {"published", "Posted", "POSTED", "veröffentlicht", "publié", "publiée", "ОПУБЛИКОВАНО", "un",
                "x", " ", ": ", "3", "é", "-", "\n", "ed", "s"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            List<Integer> expected = new ArrayList<>();
            Matcher m = regex.matcher(text);
            while (m.find()) {
                expected.add(m.end());
            }
            assertThat(ends(text.toString())).as("in \"%s\"", text).isEqualTo(expected);
        }
    }

    private List<Integer> ends(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int end = finder.nextEnd(text, 0); end >= 0; end = finder.nextEnd(text, end)) {
            ends.add(end);
        }
        return ends;
    }
}
