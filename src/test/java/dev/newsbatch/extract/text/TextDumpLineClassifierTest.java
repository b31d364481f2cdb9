package dev.newsbatch.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of {@link LineClassifier} on lines of sites other than the seeds', and on prose it must leave alone. */
class TextDumpLineClassifierTest {

    private final LineClassifier classifier = new LineClassifier();

    private void assertKind(LineKind expected, String line) {
        assertEquals(expected, classifier.classify(line).kind(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home >> auto >> Article", "Home > World > Asia", "Home » News » Politics", "News › World",
            "Home / News / World", "Startseite > Politik > Ausland", "Accueil > Monde", "Inicio / Internacional / Europa",
            "Sport | Football | Premier League", "Home → Business"})
    void breadcrumbTrails(String line) {
        assertKind(LineKind.BREADCRUMB, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"![]()", "![]() |", "![](https://example.com/a.jpg)", "![Crowds in Rome](a.jpg) ![](b.jpg)",
            "| ![]() | ![]() |"})
    void imagePlaceholders(String line) {
        assertKind(LineKind.IMAGE_PLACEHOLDER, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ MORE: US ready to resume talks, seeks a deal by 2021",
            "ALSO READ: Kim asks Trump for another meeting in new letter", "Related: Oil prices hit a three-year high",
            "RELATED STORIES: Floods in Italy", "See also: How the vote works", "Read more » The budget explained",
            "Lesen Sie auch: Die Koalition streitet über das Budget", "Lire aussi : Le gouvernement recule",
            "Leer más: El Gobierno aprueba el presupuesto", "Watch: Video of the launch from Cape Canaveral",
            "Leggi anche: Il governo cade"})
    void teasersForOtherStories(String line) {
        assertKind(LineKind.TEASER, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHINA DAILY HONG KONG NEWS |", "OPEN |", "| Sports", "WORLD NEWS", "TOP STORIES",
            "Business | Markets |"})
    void bannersInCapitalsOrCutFromTables(String line) {
        assertKind(LineKind.BANNER, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright © 2019 Example Media. All rights reserved.",
            "We use cookies to improve your experience on our site. By continuing you accept them.",
            "Subscribe to our newsletter for the latest news every morning before breakfast.", "© 2019 Example Group",
            "Alle Rechte vorbehalten.", "Please enable JavaScript to view the comments on this article."})
    void legalAndSubscriptionBoilerplate(String line) {
        assertKind(LineKind.BOILERPLATE, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share", "Video PlayerClose", "Follow us @", "Share this article",
            "Facebook Twitter WhatsApp Email", "Print", "Teilen", "A A A", "Back to top", "Compartir Imprimir"})
    void pageControls(String line) {
        assertKind(LineKind.WIDGET, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Crowds gather in Rome on Sunday. (Photo: Jane Doe/Reuters)",
            "A view of Beijing at dusk. (Xinhua/Li Xin)", "President Trump speaks in the Rose Garden. (AP Photo/Evan Vucci)",
            "Kim and Trump meet in Singapore. (MANDEL NGAN / AFP)", "Fans celebrate in Madrid (EFE)",
            "Firefighters at the scene (Getty Images)"})
    void captionsEndingInTheirCredit(String line) {
        assertKind(LineKind.CAPTION, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "Foto: Hans Müller/dpa",
            "File photo: Xinhua", "Photo by Jane Doe", "Credit: Getty Images"})
    void creditsOnTheirOwnLine(String line) {
        assertKind(LineKind.CREDIT, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"From:Xinhua | 2019-01-03 17:21", "From: Xinhua | 2019-01-03 17:21", "By Jane Doe",
            "By JANE DOE | Reuters", "Source: Reuters 2019-03-05", "Von Hans Müller", "Por María García, EFE"})
    void bylinesAndSourceLines(String line) {
        assertKind(LineKind.BYLINE, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-01-03 17:21", "Updated: 2019-01-03 17:21", "Published 2019/01/03"})
    void dateLines(String line) {
        assertKind(LineKind.DATE, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Trump told reporters on Wednesday at the White House that he had received a letter.",
            "By the end of the year, prices had risen by a third across the whole region.",
            "Related-party deals were reviewed by the board on Monday, the company said.",
            "The ministry said it would act on the findings of the report (MOFA).",
            "Prices rose > 5% in May, officials said on Tuesday in the capital.",
            "Talks with the Democratic People's Republic of Korea (DPRK) stalled again on Monday after the envoy left the capital for home",
            "Copying the cookies recipe from her grandmother, she opened a bakery in 1998.",
            "中国外交部发言人陆慷周三表示，中方希望朝美双方相互尊重，照顾彼此合理关切。"})
    void bodySentences(String line) {
        assertKind(LineKind.BODY, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He declined to comment.", "“We will see,” she said.", "Nobody was hurt."})
    void shortSentences(String line) {
        assertKind(LineKind.SHORT_SENTENCE, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shanghai", "Welcome to example.com.Today is", "Q&A | Jane Doe",
            "Mike Pompeo, Secretary of State, United States", "After the goodwill message, Trump expects a meeting",
            "the end."})
    void shortLinesThatAreNoSentence(String line) {
        assertKind(LineKind.SHORT, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void blankLines(String line) {
        assertKind(LineKind.BLANK, line.trim());
    }
}
