package dev.newsbatch.extract.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.Signal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that judge a line by its neighbours and zones, run through the whole cleaner on small dumps. */
class TextDumpCleanerTest {

    private static final String P1 = "The finance minister said on Monday that the budget would be balanced by the end of"
            + " next year.";
    private static final String P2 = "“We will not raise taxes on working families, and we will not cut pensions,” the"
            + " minister told parliament in a long speech.";
    private static final String P3 = "Opposition leaders called the plan unrealistic and demanded an independent review"
            + " of the figures.";

    private static ArticleDraft clean(String... lines) {
        return clean(ExtractionSettings.defaults(), lines);
    }

    private static ArticleDraft clean(ExtractionSettings settings, String... lines) {
        ArticleDraft draft = new ArticleDraft();
        new TextDumpCleaner().clean(String.join("\n", lines), draft, settings);
        return draft;
    }

    @Test
    void dropsAPullQuoteAboveTheParagraphItRepeatsAndItsAttribution() {
        ArticleDraft draft = clean(P1,
                "We will not raise taxes on working families, and we will not cut pensions",
                "— Jane Doe, Minister of Finance",
                P2, P3);
        assertEquals(List.of(P1, P2, P3), draft.paragraphs());
    }

    @Test
    void dropsAPullQuoteBelowTheParagraphItRepeats() {
        ArticleDraft draft = clean(P1, P2, "",
                "\"We will not raise taxes on working families, and we will not cut pensions.\"",
                "Jane Doe, Minister of Finance", "", P3);
        assertEquals(List.of(P1, P2, P3), draft.paragraphs());
    }

    @Test
    void keepsARepeatedSentenceWhenItIsTooFarFromTheParagraphToBeAPullQuote() {
        String repeat = "We will not raise taxes on working families, and we will not cut pensions.";
        ArticleDraft draft = clean(P2, P1, P3, P1, repeat, P3);
        assertTrue(draft.paragraphs().contains(repeat),
                "a sentence repeated four paragraphs after the one it repeats is the story's own");
    }

    @Test
    void keepsShortSentencesBetweenParagraphsButNotShortLinesThatAreNoSentence() {
        ArticleDraft draft = clean(P1, "He declined to comment.", "Most Popular", P3);
        assertEquals(List.of(P1, "He declined to comment.", P3), draft.paragraphs());
    }

    @Test
    void keepsTheShortSentencesThatCloseTheStoryButNotTheChromeAfterThem() {
        ArticleDraft draft = clean(P1, P2, "Nobody was hurt.", "", "Police are investigating.", "Share",
                "Thanks for reading!");
        assertEquals(List.of(P1, P2, "Nobody was hurt.", "Police are investigating."), draft.paragraphs());
    }

    @Test
    void dropsChromeAboveTheFirstAndBelowTheLastParagraph() {
        ArticleDraft draft = clean("Welcome to Example News!", "Sign in", "World", "", P1, P2,
                "Related: Pension reform explained", P3, "", "Share", "Contribute to us!",
                "© 2019 Example Media");
        assertEquals(List.of(P1, P2, P3), draft.paragraphs());
    }

    @Test
    void aLoneCreditMakesTheLineAboveItACaption() {
        String caption = "Firefighters battle the blaze in the city centre on Sunday evening after the alarm was raised.";
        ArticleDraft draft = clean(P1, caption, "Photo: Jane Doe/Reuters", P2, P3);
        assertAll(() -> assertEquals(List.of(P1, P2, P3), draft.paragraphs()),
                () -> assertEquals(List.of(new ArticleImage(caption, "Jane Doe/Reuters", null)), draft.images()));
    }

    @Test
    void aCaptionEndingInItsCreditBecomesAnImageAndNoParagraph() {
        ArticleDraft draft = clean("Protesters march through Hong Kong on Sunday. (Jane Doe / AFP)", P1, P2);
        assertAll(() -> assertEquals(List.of(P1, P2), draft.paragraphs()),
                () -> assertEquals(List.of(new ArticleImage("Protesters march through Hong Kong on Sunday.",
                        "Jane Doe / AFP", null)), draft.images()),
                () -> assertNull(draft.agency(), "a photo agency is not the story's agency"));
    }

    @Test
    void aPlaceholderWithAnAddressGivesItsAddressToTheCaptionBelowIt() {
        ArticleDraft draft = clean("![](https://img.example.com/fire.jpg)",
                "Firefighters at the scene. (Photo: Jane Doe/Reuters)", P1);
        assertEquals(List.of(new ArticleImage("Firefighters at the scene.", "Jane Doe/Reuters",
                "https://img.example.com/fire.jpg")), draft.images());
    }

    @Test
    void readsTitleBylineAgencyAndTimeFromTheHeader() {
        ArticleDraft draft = clean(ExtractionSettings.defaults().withDefaultZone(ZoneId.of("Europe/Berlin")),
                "Home / World / Europe", "Finance minister promises balanced budget by next year",
                "By Jane Doe and John Roe | Reuters", "Updated: 2019-03-05 10:02", "", P1, P2);
        assertAll(() -> assertEquals("Finance minister promises balanced budget by next year", draft.title()),
                () -> assertEquals(List.of("Jane Doe", "John Roe"), draft.authors()),
                () -> assertEquals("By Jane Doe and John Roe | Reuters", draft.byline()),
                () -> assertEquals("Reuters", draft.agency()),
                () -> assertEquals("2019-03-05T10:02:00+01:00", draft.published().iso()),
                () -> assertEquals(List.of(P1, P2), draft.paragraphs()));
    }

    @Test
    void readsAgencyAndTimeFromASourceLine() {
        ArticleDraft draft = clean(ExtractionSettings.defaults().withDefaultZone(ZoneId.of("Asia/Tokyo")),
                "Japan's economy grows for a third quarter", "Source: Kyodo | 2019-03-05 09:30", P1);
        assertAll(() -> assertEquals("Japan's economy grows for a third quarter", draft.title()),
                () -> assertEquals("Kyodo", draft.agency()),
                () -> assertEquals(List.of(), draft.authors(), "a source line names an organisation, not people"),
                () -> assertEquals("2019-03-05T09:30:00+09:00", draft.published().iso()),
                () -> assertEquals(Signal.TEXT_HEADER, draft.build().metadataSources().get("agency")));
    }

    @Test
    void takesTheLineBelowABreadcrumbForTheTitleWhenThereIsNoByline() {
        ArticleDraft draft = clean("Startseite > Politik > Ausland", "Regierung plant neues Haushaltsgesetz", P1);
        assertEquals("Regierung plant neues Haushaltsgesetz", draft.title());
    }

    @Test
    void givesNoTitleWhenNothingMarksOneOut() {
        ArticleDraft draft = clean("Budget promises", "Politics", P1, P2);
        assertNull(draft.title());
    }

    @Test
    void takesNoTitleFromBelowTheFirstParagraph() {
        ArticleDraft draft = clean(P1, "Minister faces a difficult week", "By Jane Doe", P2);
        assertNull(draft.title(), "a line between paragraphs is a subheading, not the headline");
    }

    @Test
    void cleansAHugeDumpInLinearTime() {
        // Lines that tempt every pattern at once: brackets, slashes, pipes, dashes, a Markdown opener, no end.
        String tempting = "Word (A / B (C / D - E | F ![x]( ".repeat(200);
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            dump.append(i % 2 == 0 ? P1 : tempting).append('\n');
        }
        ArticleDraft draft = new ArticleDraft();
        // Not a speed test (the benchmark measures speed): a bound far above the ~0.2 s this takes even on a loaded
        // machine, which a regex that backtracks over whole lines (exponential per line) would never meet.
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new TextDumpCleaner().clean(dump.toString(), draft, ExtractionSettings.defaults()));
        assertEquals(100, draft.paragraphs().stream().filter(P1::equals).count(), "every copy of the sentence");
    }

    @Test
    void findsNoParagraphInADumpOfChromeOnly() {
        ArticleDraft draft = clean("Home > News", "Share", "Follow us @", "READ MORE: Budget explained", "OPEN |");
        assertEquals(List.of(), draft.paragraphs());
    }
}
