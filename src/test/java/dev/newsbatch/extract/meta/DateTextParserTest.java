package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.PublishedTime.Precision;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextParserTest {

    /**
     * The month alternation is grouped by first letter, which matches what the flat list matched only while no
     * character of a text is matched, ignoring case, by two different first letters.
     */
    @Test
    void noTextCharacterMatchesTwoFirstLettersOfMonthNames() {
        java.util.List<java.util.regex.Pattern> firsts = DateTextParser.monthNames().stream()
                .map(n -> n.substring(0, 1)).distinct()
                .map(c -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(c),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE))
                .toList();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            long matching = firsts.stream().filter(p -> p.matcher(s).matches()).count();
            assertTrue(matching <= 1, "U+" + Integer.toHexString(c) + " matches " + matching + " first letters");
        }
    }


    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final DateTextParser parser = new DateTextParser();

    private PublishedTime parse(String text, ZoneId zone) {
        return parser.parse(text, zone).orElseThrow(() -> new AssertionError("no date in: " + text));
    }

    @Test
    void keepsTheOffsetAPageGives() {
        PublishedTime t = parse("2019-01-03T17:21:05+08:00", BERLIN);
        assertEquals("2019-01-03T17:21:05+08:00", t.iso());
        assertEquals(Precision.SECOND, t.precision());
        assertFalse(t.zoneAssumed());
    }

    @Test
    void readsCompactOffsetsAndZulu() {
        assertEquals("2019-01-03T17:21:00+01:00", parse("2019-01-03T17:21+0100", null).iso());
        // fractions of a second are read past, not kept: no page's publication time is that precise
        assertEquals(Instant.parse("2019-01-03T17:21:05Z"), parse("2019-01-03T17:21:05.123Z", null).value().toInstant());
        assertFalse(parse("2019-01-03T17:21:05Z", null).zoneAssumed());
    }

    @Test
    void localTimeTakesTheJobZone() {
        PublishedTime t = parse("2019-01-03 17:21", ZoneId.of("Asia/Shanghai"));
        assertEquals("2019-01-03T17:21:00+08:00", t.iso());
        assertEquals(Precision.MINUTE, t.precision());
        assertFalse(t.zoneAssumed());
    }

    @Test
    void localTimeWithoutJobZoneIsUtcMarkedAssumed() {
        PublishedTime t = parse("2019-01-03 17:21", null);
        assertEquals("2019-01-03T17:21:00Z", t.iso());
        assertTrue(t.zoneAssumed());
    }

    @Test
    void aDateAloneHasDayPrecisionAndPrintsAsADate() {
        PublishedTime t = parse("2019-01-03", BERLIN);
        assertEquals(Precision.DAY, t.precision());
        assertEquals("2019-01-03", t.iso());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Published January 3, 2019; 2019-01-03",
            "Jan. 3rd, 2019; 2019-01-03",
            "3 January 2019; 2019-01-03",
            "am 3. Januar 2019 um 10:00 Uhr; 2019-01-03",
            "le 3 janvier 2019; 2019-01-03",
            "3 de enero de 2019; 2019-01-03",
            "3 января 2019 года; 2019-01-03",
            "3 stycznia 2019; 2019-01-03",
            "2019年1月3日 17:21; 2019-01-03",
            "03.01.2019; 2019-01-03",
            "2019. január 3.; 2019-01-03",
            "2019/01/03; 2019-01-03"})
    void readsDatesWrittenInManyLanguages(String text, String day) {
        assertEquals(day, parse(text, BERLIN).value().toLocalDate().toString());
    }

    @Test
    void slashDatesAreDayFirstUnlessTheCallerSaysUsUsage() {
        assertEquals("2019-03-01", parser.parse("01/03/2019", null, false).orElseThrow().iso());
        assertEquals("2019-01-03", parser.parse("01/03/2019", null, true).orElseThrow().iso());
        // a first number above 12 cannot be a month, whatever the usage
        assertEquals("2019-01-25", parser.parse("25/01/2019", null, true).orElseThrow().iso());
    }

    @Test
    void readsTwelveHourClock() {
        assertEquals("2019-01-03T17:21:00Z", parse("Jan 3, 2019 5:21 pm", null).iso());
        assertEquals("2019-01-03T00:05:00Z", parse("Jan 3, 2019 12:05 a.m.", null).iso());
    }

    @Test
    void refusesYearsNoWebPageWasPublishedIn() {
        assertTrue(parser.parse("1066-10-14", null).isEmpty());
        assertTrue(parser.parse("Founded 12 May 1890", null).isEmpty());
        assertTrue(parser.parse("no date here, only 2019", null).isEmpty());
        assertTrue(parser.parse("2019-02-30", null).isEmpty());
    }

    @Test
    void readsEpochSecondsAndMillis() {
        assertEquals("2019-01-03T09:21:05Z", parse("1546507265", null).iso());
        assertEquals("2019-01-03T09:21:05Z", parse("1546507265000", null).iso());
    }

    @Test
    void findsEveryDateInOrder() {
        var all = parser.parseAll("Updated 9 May 2022 · First published 2 May 2022", null, false, 5);
        assertEquals(2, all.size());
        assertEquals("2022-05-09", all.get(0).iso());
        assertEquals("2022-05-02", all.get(1).iso());
    }

    @Test
    void findsEveryDateOfALongTextInOrderWhereverItsYearStands() {
        String filler = "Words without a number of four digits, 12 or 345 at most. ".repeat(400);
        String text = filler + "Published Wednesday, September 30th, 2020 at 5:21 p.m. GMT+2 by the desk. " + filler
                + "Updated 2020-10-01T08:00:00Z." + filler + "Le 3 décembre 2021. Then 1234567 and 12/05/2022";
        List<PublishedTime> all = parser.parseAll(text, null, false, 10);
        assertEquals(List.of("2020-09-30T17:21:00+02:00", "2020-10-01T08:00:00Z", "2021-12-03", "2022-05-12"),
                all.stream().map(PublishedTime::iso).toList());
    }

    @Test
    void yearWindowsSurroundEachRunOfFourDigitsAndMergeWhenTheyMeet() {
        String text = "x".repeat(200) + "2019" + "x".repeat(20) + "2020" + "x".repeat(300) + "123" + "x".repeat(10);
        int[] windows = DateTextParser.yearWindows(text);
        assertEquals(2, windows.length, "the two years' windows overlap: one window");
        assertEquals(200 - 64, windows[0]);
        assertEquals(200 + 4 + 20 + 4 + 64, windows[1]);
        assertEquals(0, DateTextParser.yearWindows("no year, only 123 and 45").length);
    }
}
