package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    /** byline, authors, agency. */
    static Stream<Arguments> bylines() {
        return Stream.of(
                // names and how they are joined
                arguments("By Jane Doe and John Roe", List.of("Jane Doe", "John Roe"), null),
                arguments("By Jane Doe, John Roe and Max Mustermann", List.of("Jane Doe", "John Roe", "Max Mustermann"), null),
                arguments("BY JANE DOE AND JOHN ROE", List.of("Jane Doe", "John Roe"), null),
                arguments("Written by Jane Doe", List.of("Jane Doe"), null),
                arguments("By J. K. Rowling", List.of("J. K. Rowling"), null),
                arguments("By Charles de Gaulle", List.of("Charles de Gaulle"), null),
                // names in capitals come back in their usual case
                arguments("By JANE DOE", List.of("Jane Doe"), null),
                arguments("By JEAN-PIERRE O'BRIEN", List.of("Jean-Pierre O'Brien"), null),
                arguments("By LUDWIG VAN BEETHOVEN", List.of("Ludwig van Beethoven"), null),
                arguments("By RONALD MCDONALD", List.of("Ronald McDonald"), null),
                // other languages
                arguments("Von Hans Müller", List.of("Hans Müller"), null),
                arguments("Von Hans Müller und Eva Schmidt, dpa", List.of("Hans Müller", "Eva Schmidt"), "dpa"),
                arguments("Par Jean Dupont", List.of("Jean Dupont"), null),
                arguments("Par Jean Dupont et Marie Curie (AFP)", List.of("Jean Dupont", "Marie Curie"), "AFP"),
                arguments("Por María García", List.of("María García"), null),
                arguments("Por María García y Juan Pérez | EFE", List.of("María García", "Juan Pérez"), "EFE"),
                // agencies beside names
                arguments("Jane Doe | Reuters", List.of("Jane Doe"), "Reuters"),
                arguments("By Jane Doe, Associated Press", List.of("Jane Doe"), "AP"),
                arguments("Jane Doe and John Roe, Reuters", List.of("Jane Doe", "John Roe"), "Reuters"),
                arguments("Jane Doe / Bloomberg", List.of("Jane Doe"), "Bloomberg"),
                arguments("By Jane Doe, Xinhua News Agency", List.of("Jane Doe"), "Xinhua"),
                arguments("Jane Doe - Reuters", List.of("Jane Doe"), "Reuters"),
                // agencies alone
                arguments("From: Xinhua | 2019-01-03 17:21", List.of(), "Xinhua"),
                arguments("From:Xinhua\u00a0\u00a0|\u00a0\u00a02019-01-03\u00a017:21", List.of(), "Xinhua"),
                arguments("Source: Reuters", List.of(), "Reuters"),
                arguments("By The Associated Press", List.of(), "AP"),
                arguments("By AFP", List.of(), "AFP"),
                arguments("Reuters staff", List.of(), "Reuters"),
                // titles, places, dates and contacts around a name
                arguments("Jane Doe, Staff Writer", List.of("Jane Doe"), null),
                arguments("By Jane Doe, Senior Political Correspondent", List.of("Jane Doe"), null),
                arguments("By Jane Doe in Beijing", List.of("Jane Doe"), null),
                arguments("By Jane Doe March 5, 2019", List.of("Jane Doe"), null),
                arguments("By Jane Doe | Updated: 10:02 AM EST", List.of("Jane Doe"), null),
                arguments("By Jane Doe on 2019-03-05", List.of("Jane Doe"), null),
                arguments("Jane Doe • 5 min read", List.of("Jane Doe"), null),
                arguments("Von Hans Müller am 05.03.2019", List.of("Hans Müller"), null),
                arguments("By Jane Doe jane.doe@example.com", List.of("Jane Doe"), null),
                arguments("By Jane Doe @janedoe", List.of("Jane Doe"), null),
                arguments("By Jane Doe (@janedoe)", List.of("Jane Doe"), null),
                arguments("By Jane Doe | Twitter: @janedoe", List.of("Jane Doe"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bylines")
    void findsAuthorsAndAgency(String raw, List<String> authors, String agency) {
        Byline byline = parser.parse(raw);
        assertAll(() -> assertEquals(authors, byline.authors(), "authors"),
                () -> assertEquals(agency, byline.agency(), "agency"),
                () -> assertEquals(raw, byline.raw(), "raw"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "(MANDEL NGAN / AFP)",
            "(MANDEL NGAN / AFP / KCNA VIA KNS)",
            "Photo: Jane Doe/Reuters",
            "Photo by Jane Doe",
            "Foto: Hans Müller/dpa",
            "AP Photo/Evan Vucci",
            "Staff",
            "Editor",
            "By Staff Writer",
            "Senior Correspondent",
            "jane.doe@example.com",
            "@janedoe",
            "By China Daily",
            "2019-01-03 17:21",
            "From: China Daily | 2019-01-03",
            "By the end of the year, prices rose"})
    void findsNoAuthorIn(String raw) {
        Byline byline = parser.parse(raw);
        assertTrue(byline.authors().isEmpty(), () -> "took for authors: " + byline.authors());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(MANDEL NGAN / AFP)", "Photo: Jane Doe/Reuters", "AP Photo/Evan Vucci"})
    void takesNoAgencyFromAPhotoCredit(String raw) {
        assertEquals(null, parser.parse(raw).agency(), "a photo agency is not the story's agency");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Jane Doe", "BY JANE DOE", "Von Hans Müller", "Par Jean Dupont", "Por María García",
            "From: Xinhua", "Source: Reuters"})
    void recognisesLinesThatOpenLikeAByline(String line) {
        assertTrue(parser.opensLikeByline(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Byron Smith said", "Jane Doe", "Parliament voted", "Portugal won", "Fromage"})
    void doesNotTakeWordsThatMerelyStartWithALeadForOne(String line) {
        assertFalse(parser.opensLikeByline(line));
    }
}
