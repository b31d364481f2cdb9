package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The author named after the date in the line beside the headline, where no byline is marked. */
class HeadlineDateLineTest {

    private static List<String> authors(String html) {
        return PageMetadata.read(html, "https://verband.example/meldungen/zucht").authors();
    }

    @Test
    void theNameAfterTheDateAndTimeAboveTheHeadlineIsTheAuthor() {
        assertEquals(List.of("Jana Beispiel"), authors("<body><div class='content'><div>"
                + "<small>07.03.2023 | 09:45 Uhr | Jana Beispiel</small><h1>Neue Regeln für die Zucht</h1>"
                + "<p>Ab dem kommenden Jahr gelten neue Regeln.</p></div></div>"));
    }

    @Test
    void theNameAfterTheDateBelowTheHeadlineIsTheAuthor() {
        assertEquals(List.of("Tom Roe"), authors("<body><h1>Harbour strike ends</h1>"
                + "<div class='info'>March 7, 2023 · Tom Roe</div><p>Dock workers went back to work.</p>"));
    }

    @Test
    void aSectionBeforeTheDateIsNoAuthor() {
        assertEquals(List.of(), authors("<body><h1>Finale verloren</h1><div>Handball Nordtal • 02.02.2023</div>"
                + "<p>Die Mannschaft unterlag knapp.</p>"));
    }

    @Test
    void aPieceThatIsMoreThanANameIsNoAuthor() {
        assertEquals(List.of(), authors("<body><h1>Finale verloren</h1><div>02.02.2023 | Sport Regional Kommentare"
                + "</div><p>Die Mannschaft unterlag knapp.</p>"));
    }

    @Test
    void aLineFarFromTheHeadlineIsNotRead() {
        assertEquals(List.of(), authors("<body><h1>Finale verloren</h1><p>Die Mannschaft unterlag knapp.</p>"
                + "<p>Mehr dazu morgen.</p><div>02.02.2023 | Jana Beispiel</div>"));
    }
}
