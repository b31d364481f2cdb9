package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Links to the author's page ({@code rel=author}, author-page paths in several languages), linked user names, user
 * names that start like the site's name, and desks credited by the visible byline.
 */
class AuthorLinksTest {

    private static ArticleDraft read(String html) {
        return PageMetadata.read(html, "https://news.example/story");
    }

    @Test
    void aLinkIntoTheGermanAuthorPagesNamesTheAuthorByItsItempropName() {
        ArticleDraft d = read("<body><article><h1>Hochwasser am Fluss: Brücke bleibt gesperrt</h1>"
                + "<div class='my-2'><a href='/autoren/erika-muster-4711' class='text-body'>"
                + "<span class='profilbild'><img alt='Erika Muster'><span class='copyright'>© Erika Muster</span>"
                + "</span><span itemprop='name'>  Erika\n  Muster </span></a> am 14.03.2021</div>"
                + "<p>Der Pegel steigt weiter.</p></article>");
        assertEquals(List.of("Erika Muster"), d.authors());
    }

    @Test
    void aSecondLinkToTheSameAuthorPageNamesNoOneNew() {
        ArticleDraft d = read("<body><article><h1>Was Palliativmedizin leisten kann</h1>"
                + "<p class='meta'>VON <a href='/autoren/muster-max'>MAX MUSTER</a> am 9. Juni 2019</p>"
                + "<p>Ein Gespräch über das Sterben.</p>"
                + "<div class='box'><p>Max Muster leitet das Ressort.</p>"
                + "<a href='/autoren/muster-max'>Alle Artikel</a></div></article>");
        assertEquals(List.of("MAX MUSTER"), d.authors());
    }

    @Test
    void anImageLinkToTheAuthorPageDoesNotHideTheNamedLinkAfterIt() {
        ArticleDraft d = read("<body><article><h1>Opozycja w kryzysie</h1>"
                + "<div class='meta'><a href='/author/jkowalski/' title='Jan Kowalski'><img src='/j.jpg' alt=''></a>"
                + "<h5><a href='/author/jkowalski/'>Jan Kowalski</a></h5></div><p>Tekst.</p></article>");
        assertEquals(List.of("Jan Kowalski"), d.authors());
    }

    @Test
    void aUserNameInARelAuthorLinkIsTheAuthor() {
        ArticleDraft d = read("<body><h1>Die besten Brettspiele des Jahres</h1><div class='single-post-head'>3 Juli, 2009 | "
                + "<a href='/author/dark_knight' rel='author' title='Beiträge von Dark_Knight'>Dark_Knight</a> | "
                + "<a href='#comments'>Kommentare 34</a></div><p>Heute geht es um Spiele.</p>");
        assertEquals(List.of("Dark_Knight"), d.authors());
    }

    @Test
    void aLabelInARelAuthorLinkIsNoUserName() {
        ArticleDraft d = read("<body><h1>Privacy policy</h1><p>Text.</p>"
                + "<div class='profile'><a rel='author' href='/profile/123'>Author</a></div>");
        assertEquals(List.of(), d.authors());
    }

    @Test
    void aLinkedUserNameAfterVonIsTheAuthor() {
        ArticleDraft d = read("<body><h1>Zwiebeln ohne Tränen würfeln</h1><div class='userbox'>"
                + "<span class='profile-name-sub'>von <span class='bold'><a href='/user/Kochfee7.html'>Kochfee7</a>"
                + "</span><br>am 02.11.2018</span></div><p>Ein scharfes Messer hilft.</p>");
        assertEquals(List.of("Kochfee7"), d.authors());
    }

    @Test
    void aLoneUnlinkedWordAfterByIsNotTakenForAUserName() {
        ArticleDraft d = read("<body><h1>Spring cleaning</h1><p>By Tuesday the garden was clear.</p>"
                + "<p>We worked all weekend.</p>");
        assertEquals(List.of(), d.authors());
    }

    @Test
    void aUserNameTheSitesNameOnlyStartsIsAPersons() {
        ArticleDraft d = PageMetadata.read("<body><h1>Lötstellen sauber setzen</h1><p class='post-byline'>von "
                + "<span class='vcard author'><span class='fn'><a href='/author/gardenbytes/' rel='author'>Gardenbyter"
                + "</a></span></span> · <span class='published'>5. März 2020</span></p><p>Text.</p>",
                "https://www.gardenbyte.example/2020/03/05/loeten/");
        assertEquals(List.of("Gardenbyter"), d.authors());
    }

    @Test
    void theSitesNameAsWholeWordsOfABylineIsStillTheSite() {
        ArticleDraft d = PageMetadata.read("<body><h1>Neue Rezepte</h1><p class='byline'>Von Garden Byte Team</p>"
                + "<p>Text.</p>", "https://www.gardenbyte.example/rezepte");
        assertEquals(List.of(), d.authors());
    }

    @Test
    void aDeskTheVisibleBylineCreditsIsKeptAsWrittenWhereNoPersonIsNamed() {
        ArticleDraft d = read("<body><h1>Das Heft 03/2023</h1><div class='author-date-container'>"
                + "<span class='byline author'>von Redaktion, </span><time datetime='2023-02-07'>7. Februar 2023</time>"
                + "</div><p>Die neue Ausgabe ist da.</p>");
        assertEquals(List.of("Redaktion"), d.authors());
    }

    @Test
    void aDeskInTheBylineGivesWayToAPersonNamedElsewhere() {
        ArticleDraft d = read("<meta name='author' content='Petra Beispiel'><body><h1>Das Heft 03/2023</h1>"
                + "<span class='byline'>von Redaktion</span><p>Die neue Ausgabe ist da.</p>");
        assertEquals(List.of("Petra Beispiel"), d.authors());
    }

    @Test
    void anAuthorLabelOpeningAShortLineNamesTheAuthor() {
        ArticleDraft d = read("<body><h1>Eine Hochzeit im Grünen</h1><p>Die Feier fand im Garten statt.</p>"
                + "<p><em>Autor: <a href='https://rednerin.example/'>Petra Beispiel </a>(Gastbeitrag), "
                + "Rednerin aus Kassel</em></p>");
        assertEquals(List.of("Petra Beispiel"), d.authors());
    }

    @Test
    void theHeadingOverTheAuthorsOtherStoriesBesideHerAuthorPageNamesHer() {
        ArticleDraft d = read("<body><article><h1>Ein Wochenende im Wendland</h1><p>Wir fuhren hinaus.</p></article>"
                + "<div class='related-articles'><h3>More from Jana Beispiel</h3>"
                + "<a href='https://news.example/today/author/janabeispiel?trk=x'>9 articles</a></div>");
        assertEquals(List.of("Jana Beispiel"), d.authors());
    }

    @Test
    void aMoreFromHeadingWithoutALinkToAnAuthorPageNamesNoAuthor() {
        ArticleDraft d = read("<body><article><h1>Ein Wochenende im Wendland</h1><p>Wir fuhren hinaus.</p></article>"
                + "<div class='related-articles'><h3>More from Jana Beispiel</h3>"
                + "<a href='https://news.example/topics/wendland'>9 articles</a></div>");
        assertEquals(List.of(), d.authors());
    }
}
