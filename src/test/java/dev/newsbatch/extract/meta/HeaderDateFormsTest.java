package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.PublishedTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Dates as a story's header shows them: a short year beside the headline, a local time for a UTC timestamp. */
class HeaderDateFormsTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private PublishedTime published(String html) {
        ArticleDraft draft = new ArticleDraft().url("https://news.example/story");
        reader.read(Jsoup.parse(html, "https://news.example/story"), draft, ExtractionSettings.defaults(), NOW);
        return draft.build().published();
    }

    @Test
    void aShortYearDateIsReadAsAWholeDateOnly() {
        assertEquals(LocalDate.of(2023, 10, 31),
                DateTextParser.shortYearDate("Von: Jana Muster | 31.10.23", null, NOW).orElseThrow()
                        .value().toLocalDate());
        assertEquals(LocalDate.of(2019, 2, 1),
                DateTextParser.shortYearDate("1.2.19", null, NOW).orElseThrow().value().toLocalDate());
        assertEquals(LocalDate.of(1998, 5, 4), DateTextParser.shortYearDate("04.05.98", null, NOW).orElseThrow()
                .value().toLocalDate(), "a year after now's is last century's");
        assertTrue(DateTextParser.shortYearDate("version 1.2.19.4", null, NOW).isEmpty());
        assertTrue(DateTextParser.shortYearDate("31.02.23 and 12.13.22", null, NOW).isEmpty());
        assertEquals(PublishedTime.Precision.DAY,
                DateTextParser.shortYearDate("02.12.19", null, NOW).orElseThrow().precision());
    }

    @Test
    void theHeadersShortYearDateIsTheStorysDate() {
        PublishedTime t = published("<body><nav><a href='/'>Home</a></nav><div class='head'><h1>Courier video "
                + "turns out to be invented</h1><div class='article-meta'>Von: Jana Muster | 31.10.23</div></div>"
                + "<p>The company said on Monday (30 October 2023) that the clip was staged.</p></body>");
        assertEquals(LocalDate.of(2023, 10, 31), t.value().toLocalDate());
    }

    @Test
    void aShortYearNumberRunInTheTextIsNotADate() {
        PublishedTime t = published("<body><h1>Release notes for the new firmware</h1><div class='intro'>Today"
                + "</div><p>" + "The update brings many fixes to the device and its apps. ".repeat(5)
                + "Install version 2.10.23 from the settings page.</p></body>");
        assertEquals(null, t);
    }

    @Test
    void theDateLineJustAboveTheHeadlineIsTheStorysWhateverItsClassSays() {
        PublishedTime t = published("<body><div class='content'><h3 class='teaser-meta'>02.01.2022</h3>"
                + "<h1>State paid out 1.4 million for hedgerows</h1><p>" + "The ministry reported the sum. ".repeat(20)
                + "</p></div><div class='teaser-list'><div class='teaser'><span class='teaser-meta'>30.04.2022</span>"
                + "<h3>Other news</h3></div></div><footer>Stand: 30.04.2022</footer></body>");
        assertEquals(LocalDate.of(2022, 1, 2), t == null ? null : t.value().toLocalDate());
    }

    @Test
    void aUtcTimestampTakesTheOffsetOfTheLocalTimeThePageShows() {
        PublishedTime t = published("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Arrest made after discovery in alley\",\"datePublished\":\"2023-11-09T06:35:29Z\"}"
                + "</script></head><body><header><h1>Arrest made after discovery in alley</h1><p class='meta'>Posted: "
                + "Nov 8, 2023 / 10:35 PM PST</p></header><p>Police said on Wednesday that a man was arrested.</p>"
                + "</body>");
        assertEquals(OffsetDateTime.parse("2023-11-08T22:35:29-08:00"), t.value());
        assertEquals(Instant.parse("2023-11-09T06:35:29Z"), t.value().toInstant());
    }

    @Test
    void aShownTimeWithOtherMinutesLeavesTheUtcTimestampAsItIs() {
        PublishedTime t = published("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Arrest made after discovery in alley\",\"datePublished\":\"2023-11-09T06:35:29Z\"}"
                + "</script></head><body><header><h1>Arrest made after discovery in alley</h1><p class='meta'>Updated: "
                + "Nov 9, 2023 / 9:02 AM</p></header><p>Police said on Wednesday that a man was arrested.</p>"
                + "</body>");
        assertEquals(OffsetDateTime.parse("2023-11-09T06:35:29Z"), t.value());
    }
}
