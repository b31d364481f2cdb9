package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which blocks belong to the story despite their names: the story article's own sidebar, a headline in a block named
 * like a teaser beside an h1 the title does not repeat; and which lines near a byline name no one (categories).
 */
class StoryOwnRegionsTest {

    private static ArticleDraft read(String html) {
        return PageMetadata.read(html, "https://news.example/story");
    }

    private static LocalDate day(ArticleDraft d) {
        return d.build().published() == null ? null : d.build().published().value().toLocalDate();
    }

    @Test
    void theStoryArticlesOwnSidebarHoldsItsBylineAndDate() {
        ArticleDraft d = read("<body><main><article class='post'><h1>River festival returns after three years</h1>"
                + "<div class='row'><div class='post-sidebar'><span class='post-author'>Por <a href='/autor/lg'>"
                + "Lucía Gómez</a></span><p class='time'><time datetime='2023-05-14'>14 May 2023</time></p></div>"
                + "<div class='post-body'><p>The festival drew crowds along the river all weekend.</p></div></div>"
                + "</article></main><div class='sidebar'><p class='author'>By Other Writer</p>"
                + "<time datetime='2020-01-01'>1 Jan 2020</time></div></body>");
        assertEquals(List.of("Lucía Gómez"), d.authors());
        assertEquals(LocalDate.of(2023, 5, 14), day(d));
    }

    @Test
    void theSitesSidebarOutsideTheArticleStaysOffTheStory() {
        ArticleDraft d = read("<body><main><article class='post'><h1>River festival returns after three years</h1>"
                + "<p>The festival drew crowds along the river all weekend.</p></article></main>"
                + "<div class='sidebar'><div class='widget'><span class='post-author'>By Other Writer</span>"
                + "<time datetime='2020-01-01'>1 Jan 2020</time></div></div></body>");
        assertEquals(List.of(), d.authors());
        assertEquals(null, day(d));
    }

    @Test
    void aTitledHeadlineInATeaserNamedBlockBeatsAnOverlayGreeting() {
        ArticleDraft d = read("<head><title>Squad skips the regional camp again | Handball Club</title></head><body>"
                + "<div id='old-browser-overlay'><h1>Dear fans, dear players,</h1><p>your browser is outdated.</p>"
                + "</div><main><figure class='teaser'><img src='a.jpg'><div class='info'><span class='date'>"
                + "02.02.2022</span></div><h1>Squad skips the regional camp again</h1></figure>"
                + "<p>The coaches decided to cancel the camp for the second time.</p></main></body>");
        assertEquals("Squad skips the regional camp again", d.title());
        assertEquals(LocalDate.of(2022, 2, 2), day(d));
    }

    @Test
    void aLeadInBlockNamesTheAuthorAfterAGermanArticleLabelOrASignatureDash() {
        ArticleDraft d = read("<body><h1>Winter care for older horses</h1><div class='metaInfo'>Ein Artikel von "
                + "<strong>Petra Beispiel</strong> | 27.01.2022 - 12:45</div><p>Text.</p></body>");
        assertEquals(List.of("Petra Beispiel"), d.authors());
        ArticleDraft essay = read("<body><h1>micropolitics</h1><div><span><strong><em>---- by Tomas Invent</em>"
                + "</strong></span></div><div>The essay opposes two kinds of politics.</div></body>");
        assertEquals(List.of("Tomas Invent"), essay.authors());
    }

    @Test
    void aLabelAloneInItsElementNamesTheAuthorInWhatFollows() {
        ArticleDraft heading = read("<body><h1>Life in a camp after the winter</h1><p>Text.</p><section>"
                + "<h4 class='meta-title'>Autor</h4><p class='meta-text'><a href='/p/1'>Nora Beispiel</a>"
                + "<b>, </b></p></section></body>");
        assertEquals(List.of("Nora Beispiel"), heading.authors());
        ArticleDraft inline = read("<body><h1>Church choirs return</h1><div class='info'><span class='label'>"
                + "Datum:</span> 19.11.2021<br><span class='label'>Autor:</span> Felix Muster<br></div></body>");
        assertEquals(List.of("Felix Muster"), inline.authors());
        ArticleDraft lowerCase = read("<body><h1>Church choirs return</h1><div><span>By</span> "
                + "<span>the parish office</span></div></body>");
        assertEquals(List.of(), lowerCase.authors());
    }

    @Test
    void aCategoryLineIsNotAByline() {
        ArticleDraft d = read("<body><article><h1>Ten swaps for a greener wardrobe</h1><p>Text.</p>"
                + "<footer class='entry-footer'><p class='entry-meta'>Kategorie: Alle Beiträge, Fair Fashion, "
                + "Go Green</p></footer></article></body>");
        assertEquals(List.of(), d.authors());
        assertEquals(List.of(), AuthorNames.split("Category: Slow Living, Green Travel", true));
        assertEquals(List.of("Jane Roe"), AuthorNames.split("Jane Roe", true));
    }
}
