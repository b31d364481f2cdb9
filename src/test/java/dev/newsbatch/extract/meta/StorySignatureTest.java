package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The author's signature under the story's last paragraph, read where no byline names anyone. */
class StorySignatureTest {

    /** Paragraphs enough to make their block the story's body. */
    private static final String STORY = "<p>Der Rat hat am Abend über den neuen Haushalt beraten und ihn nach langer"
            + " Debatte beschlossen.</p><p>Die Opposition kritisierte vor allem die Kürzungen bei den Bibliotheken"
            + " und kündigte Widerstand an.</p>";

    private static List<String> authors(String html) {
        ArticleDraft d = PageMetadata.read(html, "https://zeitung.example/politik/haushalt");
        return d.authors();
    }

    @Test
    void aNameInBoldAloneUnderTheStoryIsItsSignature() {
        assertEquals(List.of("Lena Beispiel"), authors("<body><h1>Haushalt beschlossen</h1><div class='text'>"
                + STORY + "<p class='clearfix'><strong>Lena Beispiel</strong></p></div><footer>Impressum</footer>"));
    }

    @Test
    void aNameWithARoleOnTheNextLineIsASignature() {
        assertEquals(List.of("Karl Muster"), authors("<body><div class='text'>" + STORY
                + "<p>Karl Muster<br>Vorsitzender des Ortsvereins</p></div>"));
    }

    @Test
    void aNameInBracketsClosingTheStoryIsItsSignature() {
        assertEquals(List.of("Jana P. Roe"), authors("<body><h1>Haushalt beschlossen</h1><div class='text'>" + STORY
                + "<p><strong>Die Debatte geht weiter.</strong> (Jana P. Roe) +++</p></div>"));
    }

    @Test
    void theSourceOfAQuotationInItalicsIsNoSignature() {
        assertEquals(List.of(), authors("<body><h1>Haushalt beschlossen</h1><div class='text'>" + STORY
                + "<p><em>Wer nichts verändert, wird auch nichts bewegen (Ada Example)</em></p></div>"));
    }

    @Test
    void aNameWithItsWebAddressIsAContactNotASignature() {
        assertEquals(List.of(), authors("<body><div class='text'>" + STORY
                + "<p><strong>Weingut Beispiel</strong><br><a href='https://weingut.example'>weingut.example</a>"
                + "</p></div>"));
    }

    @Test
    void twoCapitalizedWordsThatAreNoSignatureShapeAreNotTaken() {
        assertEquals(List.of(), authors("<body><div class='text'>" + STORY + "<p>Viel Erfolg!</p></div>"));
    }

    @Test
    void aBylineWinsOverTheSignature() {
        assertEquals(List.of("Petra Beispiel"), authors("<body><h1>Haushalt beschlossen</h1>"
                + "<p class='byline'>Von Petra Beispiel</p><div class='text'>" + STORY
                + "<p><strong>Lena Beispiel</strong></p></div>"));
    }

    @Test
    void aSignatureInTheSitesSidebarDoesNotCount() {
        String paragraph = "<div class='block'><p>Der Rat hat am Abend über den neuen Haushalt beraten und ihn nach"
                + " langer Debatte mit knapper Mehrheit beschlossen.</p></div>";
        assertEquals(List.of(), authors("<body><div class='text'>" + paragraph + paragraph + paragraph + "</div>"
                + "<div class='sidebar'>" + STORY + "<p><strong>Lena Beispiel</strong></p></div>"));
    }
}
