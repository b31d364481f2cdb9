package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.newsbatch.extract.Dateline;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    /** paragraph, raw, location, agency, date text, the first words of the rest. */
    static Stream<Arguments> datelines() {
        return Stream.of(
                // English wires
                arguments("LONDON (Reuters) - Shares fell.", "LONDON (Reuters) -", "London", "Reuters", null, "Shares fell."),
                arguments("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) —", "Washington", "AP", null, "The Senate"),
                arguments("BEIJING, Jan. 3 (Xinhua) -- U.S. President Donald Trump said.", "BEIJING, Jan. 3 (Xinhua) --",
                        "Beijing", "Xinhua", "Jan. 3", "U.S. President"),
                arguments("WASHINGTON - US Secretary of State Mike Pompeo said.", "WASHINGTON -", "Washington", null, null,
                        "US Secretary"),
                arguments("TOKYO, March 5 (Kyodo) -- Japan's economy grew.", "TOKYO, March 5 (Kyodo) --", "Tokyo", "Kyodo",
                        "March 5", "Japan's"),
                arguments("SEOUL, March 5 (Yonhap) -- North Korea fired.", "SEOUL, March 5 (Yonhap) --", "Seoul", "Yonhap",
                        "March 5", "North Korea"),
                arguments("NEW DELHI, March 5 (PTI) - The government said.", "NEW DELHI, March 5 (PTI) -", "New Delhi", "PTI",
                        "March 5", "The government"),
                arguments("ROME, March 5 (ANSA) - Italian police said.", "ROME, March 5 (ANSA) -", "Rome", "ANSA", "March 5",
                        "Italian"),
                arguments("MOSCOW, March 5 (TASS) - Russia's president said.", "MOSCOW, March 5 (TASS) -", "Moscow", "TASS",
                        "March 5", "Russia's"),
                arguments("GENEVA, Monday (Reuters) - Talks resumed.", "GENEVA, Monday (Reuters) -", "Geneva", "Reuters",
                        "Monday", "Talks"),
                arguments("ANKARA (Anadolu Agency) - Turkey said.", "ANKARA (Anadolu Agency) -", "Ankara", "Anadolu", null,
                        "Turkey"),
                arguments("KUALA LUMPUR, March 5 (Bernama) -- Malaysia said.", "KUALA LUMPUR, March 5 (Bernama) --",
                        "Kuala Lumpur", "Bernama", "March 5", "Malaysia"),
                arguments("WASHINGTON (CNN) - The President said.", "WASHINGTON (CNN) -", "Washington", "CNN", null, "The"),
                // press releases
                arguments("NEW YORK, March 5, 2019 /PRNewswire/ -- Acme Corp. today announced.",
                        "NEW YORK, March 5, 2019 /PRNewswire/ --", "New York", "PR Newswire", "March 5, 2019", "Acme"),
                arguments("WASHINGTON, D.C., March 5, 2019 /PRNewswire-USNewswire/ -- The group said.",
                        "WASHINGTON, D.C., March 5, 2019 /PRNewswire-USNewswire/ --", "Washington, D.C.", "PR Newswire",
                        "March 5, 2019", "The group"),
                arguments("SAN FRANCISCO, Calif., March 5, 2019 /PRNewswire/ -- Acme said.",
                        "SAN FRANCISCO, Calif., March 5, 2019 /PRNewswire/ --", "San Francisco, Calif.", "PR Newswire",
                        "March 5, 2019", "Acme"),
                arguments("BOSTON, March 5, 2019 /BUSINESS WIRE/ -- Acme said.", "BOSTON, March 5, 2019 /BUSINESS WIRE/ --",
                        "Boston", "Business Wire", "March 5, 2019", "Acme"),
                // place names that need care with case
                arguments("RIO DE JANEIRO (Reuters) - Brazil's central bank.", "RIO DE JANEIRO (Reuters) -", "Rio de Janeiro",
                        "Reuters", null, "Brazil's"),
                arguments("PORT-AU-PRINCE, Haiti (AP) — Gunmen attacked.", "PORT-AU-PRINCE, Haiti (AP) —",
                        "Port-au-Prince, Haiti", "AP", null, "Gunmen"),
                arguments("ST. LOUIS (AP) — A jury found.", "ST. LOUIS (AP) —", "St. Louis", "AP", null, "A jury"),
                arguments("N'DJAMENA (Reuters) - Chad's army said.", "N'DJAMENA (Reuters) -", "N'Djamena", "Reuters", null,
                        "Chad's"),
                arguments("UNITED NATIONS (AP) — The Security Council met.", "UNITED NATIONS (AP) —", "United Nations", "AP",
                        null, "The Security"),
                arguments("SALT LAKE CITY (AP) — Utah lawmakers voted.", "SALT LAKE CITY (AP) —", "Salt Lake City", "AP",
                        null, "Utah"),
                arguments("SEOUL, South Korea (AP) — North Korea fired.", "SEOUL, South Korea (AP) —", "Seoul, South Korea",
                        "AP", null, "North Korea"),
                // dashes of every kind
                arguments("WASHINGTON—The Federal Reserve held rates.", "WASHINGTON—", "Washington", null, null, "The Federal"),
                arguments("NEW YORK – Stocks rose on Monday.", "NEW YORK –", "New York", null, null, "Stocks rose"),
                // French, German, Spanish wires
                arguments("PARIS, 12 mars (AFP) - Le gouvernement a annoncé.", "PARIS, 12 mars (AFP) -", "Paris", "AFP",
                        "12 mars", "Le gouvernement"),
                arguments("Paris (AFP) - Le gouvernement a annoncé.", "Paris (AFP) -", "Paris", "AFP", null, "Le"),
                arguments("BERLIN (dpa) - Die Bundesregierung plant.", "BERLIN (dpa) -", "Berlin", "dpa", null, "Die"),
                arguments("Berlin (dpa) - Die Bundesregierung plant.", "Berlin (dpa) -", "Berlin", "dpa", null, "Die"),
                arguments("Hamburg (dpa/lno) – Der Senat hat beschlossen.", "Hamburg (dpa/lno) –", "Hamburg", "dpa", null,
                        "Der Senat"),
                arguments("Frankfurt am Main (dpa) - Die Börse schloss.", "Frankfurt am Main (dpa) -", "Frankfurt am Main",
                        "dpa", null, "Die Börse"),
                arguments("MADRID, 5 mar (EFE).- El Gobierno aprobó.", "MADRID, 5 mar (EFE).-", "Madrid", "EFE", "5 mar",
                        "El Gobierno"),
                arguments("Madrid, 5 mar (EFE).- El Gobierno aprobó.", "Madrid, 5 mar (EFE).-", "Madrid", "EFE", "5 mar",
                        "El Gobierno"),
                // the agency alone
                arguments("(AP) — A man was arrested.", "(AP) —", null, "AP", null, "A man"),
                arguments("(Reuters) - Oil prices rose.", "(Reuters) -", null, "Reuters", null, "Oil prices"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("datelines")
    void cutsTheDatelineIntoItsParts(String paragraph, String raw, String location, String agency, String date,
            String restStart) {
        DatelineParser.Match match = parser.parse(paragraph).orElseThrow(() -> new AssertionError("no dateline in: " + paragraph));
        Dateline dateline = match.dateline();
        assertAll(() -> assertEquals(raw, dateline.raw(), "raw"),
                () -> assertEquals(location, dateline.location(), "location"),
                () -> assertEquals(agency, dateline.agency(), "agency"),
                () -> assertEquals(date, dateline.dateText(), "date text"),
                () -> assertTrue(match.rest().startsWith(restStart), "rest: " + match.rest()),
                () -> assertEquals(paragraph.substring(raw.length()).strip(), match.rest(),
                        "the rest is all that follows the dateline"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "US-China talks - a summary of the week.",
            "A - B",
            "US - China relations are at a low.",
            "\"We will win - no matter what,\" he said.",
            "Trump - a profile of the president.",
            "The minister (AFP) - said nothing.",
            "BREAKING NEWS - Fire in the city centre.",
            "EXCLUSIVE - Company plans to cut jobs.",
            "Shares fell on Monday in a broad sell-off - the worst since 2008.",
            "In 2019 - the year of the pig - markets rose.",
            "Berlin - Die Stadt ist pleite.",
            "WASHINGTON",
            "WASHINGTON -",
            "Acme Corp (NYSE: ACME) - announced results.",
            "(Photo: Jane Doe) - A view of the city.",
            "LONDON, far away from here (Reuters) - It rained.",
            "NEW YORK is a big city - everyone knows it.",
            "DPRK-US talks -- what comes next?",
            "Kim Jong-un said - through an interpreter - that he was ready.",
            "This sentence runs on for a long while before there is any dash at all, far past where datelines end - here.",
            "Mr. Smith went to Washington - again.",
            "(DPRK) - The country said.",
            "WASHINGTON, U.S.-backed forces advanced on Monday.",
            "Related-party deals - a review.",
            ""})
    void leavesOrdinarySentencesAlone(String paragraph) {
        Optional<DatelineParser.Match> match = parser.parse(paragraph);
        assertTrue(match.isEmpty(), () -> "took a dateline from an ordinary sentence: " + match.get().dateline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "NEW YORK; New York", "RIO DE JANEIRO; Rio de Janeiro", "PORT-AU-PRINCE; Port-au-Prince",
            "AIX-EN-PROVENCE; Aix-en-Provence", "LE HAVRE; Le Havre", "DAR ES SALAAM; Dar es Salaam",
            "L'AQUILA; L'Aquila", "D.C.; D.C."})
    void writesUpperCasePlacesInTheirUsualCase(String upper, String usual) {
        assertEquals(usual, DatelineParser.normalizePlaceCase(upper));
    }

    @Test
    void acceptsNull() {
        assertTrue(parser.parse(null).isEmpty());
    }
}
