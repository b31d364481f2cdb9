package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import org.junit.jupiter.api.Test;

/**
 * Where the headline comes from when the usual sources mislead: a title tag the parser moved out of the head, a
 * metadata title cut at a quotation mark, a site name glued to the headline, a headline among section h1s.
 */
class TitleSourcesTest {

    private static ArticleDraft read(String html) {
        return PageMetadata.read(html, "https://news.example/story");
    }

    @Test
    void aTitleAfterServerWarningsIsStillThePagesTitle() {
        ArticleDraft d = read("<br />\n<b>Warning</b>: include(): failed to open stream in <b>/var/www/x.php</b><br />"
                + "<!DOCTYPE html><html><head><title>Spring cleaning in the archive | Library Notes</title></head>"
                + "<body><p>We finally sorted the boxes.</p></body></html>");
        assertEquals("Spring cleaning in the archive", d.title());
    }

    @Test
    void aTitleInsideAnSvgDrawingIsNotThePagesTitle() {
        ArticleDraft d = read("<br /><b>Notice</b>: undefined index<br /><!DOCTYPE html><html><body>"
                + "<svg><title>Search icon</title></svg><title>Harbour reopens after storm | Coast Daily</title>"
                + "<p>x</p></body></html>");
        assertEquals("Harbour reopens after storm", d.title());
    }

    @Test
    void aMetadataTitleCutAtAnUnescapedQuoteGivesWayToTheTitleTag() {
        ArticleDraft d = read("<head><title>Mayor calls budget plan \"reckless\"</title>"
                + "<meta property=\"og:title\" content=\"Mayor calls budget plan \"reckless\"\"></head>"
                + "<body><h1><a href='/'><img alt='Logo'></a></h1><p>x</p></body>");
        assertEquals("Mayor calls budget plan \"reckless\"", d.title());
    }

    @Test
    void aTitleThatMerelyStartsWithAnotherIsNotACutOne() {
        assertEquals("Mayor calls budget plan", Headlines.uncut("Mayor calls budget plan",
                "Mayor calls budget plan reckless"));
        assertEquals("Mayor calls budget plan \"reckless\"", Headlines.uncut("Mayor calls budget plan",
                "Mayor calls budget plan \"reckless\""));
    }

    @Test
    void aSiteNameGluedToTheHeadlineInTheTitleConfirmsTheHeadline() {
        ArticleDraft d = read("<head><title>Car wash on the ring roadThe other business directory | The other "
                + "business directory</title></head><body><h1 class='site-title'><a href='/' rel='home'>The other "
                + "business directory</a></h1><h1 class='page-title'>Car wash on the ring road</h1><p>x</p></body>");
        assertEquals("Car wash on the ring road", d.title());
    }

    @Test
    void amongSectionH1sTheOneTheTitleRepeatsIsTheHeadline() {
        ArticleDraft d = read("<head><title>Invented story: courier flies to the coast, Northland</title>"
                + "<meta property='og:title' content='Invented story: courier flies to the coast, Northland'></head>"
                + "<body><h1 class='category'>Harbour town</h1><h1 class='page-title'>Invented story: courier flies to the "
                + "coast</h1><p>x</p></body>");
        assertEquals("Invented story: courier flies to the coast", d.title());
    }

    @Test
    void titlesAreComparedByTheirLowerCaseLettersAndNumbersOnly() {
        assertEquals("crèmebrûlée2½tips", Headlines.key("Crème Brûlée – 2½ Tips!"));
        assertEquals("東京2020五輪", Headlines.key("東京 2020「五輪」"));
        assertEquals("", Headlines.key(" — | — "));
        assertEquals("", Headlines.key(null));
    }
}
