package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links to the author's page ({@code rel=author}, author-page paths in several languages) and linked user names. */
class AuthorLinksTest {

    private static ArticleDraft read(String html) {
        return PageMetadata.read(html, "https://news.example/story");
    }

    @Test
    void aLinkIntoTheGermanAuthorPagesNamesTheAuthorByItsItempropName() {
        ArticleDraft d = read("<body><article><h1>Forstwege gesperrt: Polizei sucht Zeugen</h1>"
                + "<div class='my-2'><a href='/autoren/erika-muster-4711' class='text-body'>"
                + "<span class='profilbild'><img alt='Erika Muster'><span class='copyright'>© Erika Muster</span>"
                + "</span><span itemprop='name'>  Erika\n  Muster </span></a> am 26.01.2022</div>"
                + "<p>Seit Wochen versperren Unbekannte die Wege.</p></article>");
        assertEquals(List.of("Erika Muster"), d.authors());
    }

    @Test
    void aSecondLinkToTheSameAuthorPageNamesNoOneNew() {
        ArticleDraft d = read("<body><article><h1>Was Palliativmedizin leisten kann</h1>"
                + "<p class='meta'>VON <a href='/autoren/muster-max'>MAX MUSTER</a> am 21. April 2020</p>"
                + "<p>Ein Gespräch über das Sterben.</p>"
                + "<div class='box'><p>Max Muster leitet das Ressort.</p>"
                + "<a href='/autoren/muster-max'>Zur Artikelübersicht</a></div></article>");
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
        ArticleDraft d = read("<body><h1>Quests und NPCs im Überblick</h1><div class='single-post-head'>26 Mai, 2008 | "
                + "<a href='/author/dark_knight' rel='author' title='Beiträge von Dark_Knight'>Dark_Knight</a> | "
                + "<a href='#comments'>Kommentare 34</a></div><p>Heute geht es um die Quests.</p>");
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
        ArticleDraft d = read("<body><h1>Tomaten richtig schneiden</h1><div class='userbox'>"
                + "<span class='profile-name-sub'>von <span class='bold'><a href='/user/Kochfee7.html'>Kochfee7</a>"
                + "</span><br>am 20.09.2020</span></div><p>Mit einem scharfen Messer gelingt es.</p>");
        assertEquals(List.of("Kochfee7"), d.authors());
    }

    @Test
    void aLoneUnlinkedWordAfterByIsNotTakenForAUserName() {
        ArticleDraft d = read("<body><h1>Spring cleaning</h1><p>By Tuesday the garden was clear.</p>"
                + "<p>We worked all weekend.</p>");
        assertEquals(List.of(), d.authors());
    }
}
