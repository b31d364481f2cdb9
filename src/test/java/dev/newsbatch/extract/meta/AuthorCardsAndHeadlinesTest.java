package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Author cards, screen-reader labels, one-person sites, the post author's own comment, the story article's own
 * footer, reworded headlines.
 */
class AuthorCardsAndHeadlinesTest {

    private static ArticleDraft read(String html) {
        return PageMetadata.read(html, "https://blog.example/post");
    }

    @Test
    void anHCardAuthorCountsEvenAsAOneWordUserName() {
        ArticleDraft d = read("<body><h1>Notes from a winter garden</h1><div class='entry-meta'>Posted by "
                + "<span class='author vcard'><a class='url fn n' href='/author/gardener42'>gardener42</a></span>"
                + "</div><p>x</p><div class='author-box'>Author: Maria Example, gardener since 1990</div>");
        assertEquals(List.of("gardener42"), d.authors());
    }

    @Test
    void onlyTheFirstPostsCardsCountOnAListPage() {
        ArticleDraft d = read("<body><h1>Blog</h1>"
                + "<article><h2>First post</h2><p><span class='author vcard'><a class='fn'>anna</a></span></p></article>"
                + "<article><h2>Second post</h2><p><span class='author vcard'><a class='fn'>bert</a></span></p></article>");
        assertEquals(List.of("anna"), d.authors());
    }

    /** A thread where the post's author answers a reader; nothing above the comments names the author. */
    private static final String COMMENTS_WITH_AUTHORS_REPLY = "<body><h1>Neujahrsvorsätze</h1><div class='post'>"
            + "<p>Was ich mir für das neue Jahr vornehme.</p></div><ol class='commentlist'>"
            + "<li class='comment byuser comment-author-leser7 even depth-1'><div class='comment-author vcard'>"
            + "<img alt=''><cite class='fn'>Leser Sieben</cite></div><p>Alles Gute!</p>"
            + "<ol class='children'><li class='comment byuser comment-author-schreiberin %s odd depth-2'>"
            + "<div class='comment-author vcard'><img alt=''></div><p>Danke dir!</p>"
            + "<p><cite>Kommentar von <span class='fn'>schreiberin</span></cite></p>"
            + "<ol class='children'><li class='comment depth-3'><div class='comment-author vcard'>"
            + "<cite class='fn'>Dritte Person</cite></div><p>Auch von mir.</p></li></ol></li></ol></li></ol>";

    @Test
    void theNameOnThePostAuthorsOwnCommentNamesTheAuthor() {
        ArticleDraft d = read(COMMENTS_WITH_AUTHORS_REPLY.formatted("bypostauthor"));
        assertEquals(List.of("schreiberin"), d.authors());
    }

    @Test
    void commentsNotMarkedAsThePostAuthorsNameNoAuthor() {
        ArticleDraft d = read(COMMENTS_WITH_AUTHORS_REPLY.formatted(""));
        assertEquals(List.of(), d.authors());
    }

    @Test
    void aScreenReaderLabelIsReadApartFromTheName() {
        ArticleDraft d = read("<body><h1>Fifteen years of writing here</h1><p class='meta'><span class='byline'>"
                + "<span class='screen-reader-text'>Author</span><a href='/about'>Jane Roe</a></span></p><p>x</p>");
        assertEquals(List.of("Jane Roe"), d.authors());
    }

    @Test
    void aPersonTheStructuredDataTypesAsSuchIsNotRefusedForBeingTheSiteName() {
        ArticleDraft d = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":[\"Person\",\"Organization\"],"
                + "\"@id\":\"#me\",\"name\":\"Jane Roe\"},{\"@type\":\"WebSite\",\"name\":\"Jane Roe\",\"publisher\":"
                + "{\"@id\":\"#me\"}},{\"@type\":\"BlogPosting\",\"headline\":\"On slow travel\",\"author\":"
                + "{\"@id\":\"#me\"},\"publisher\":{\"@id\":\"#me\"}}]}</script>"
                + "<meta property='og:site_name' content='Jane Roe'><body><h1>On slow travel</h1><p>x</p>");
        assertEquals(List.of("Jane Roe"), d.authors());
    }

    @Test
    void theStoryArticlesOwnFooterHoldsItsByline() {
        ArticleDraft d = read("<body><article><header><h1>A long day at the harbour</h1></header><p>x</p>"
                + "<footer class='meta'><address class='author h-card'>Frank Example</address></footer></article>"
                + "<footer><address class='author'>Site Owner Person</address></footer>");
        assertEquals(List.of("Frank Example"), d.authors());
    }

    @Test
    void aLoneH1IsTheHeadlineWhereTheMetadataWordsItOtherwise() {
        ArticleDraft d = read("<meta property='og:title' content='Harbour strike: what we know | Example News'>"
                + "<title>Harbour strike: what we know | Example News</title>"
                + "<body><h1>Dock workers end the harbour strike after nine days</h1><p>x</p>");
        assertEquals("Dock workers end the harbour strike after nine days", d.title());
    }

    @Test
    void aKickerAndHeadlineH1DefersToTheMetadataTitleItHolds() {
        ArticleDraft d = read("<meta property='og:title' content='Dock workers end the harbour strike'>"
                + "<body><h1>Local News | Dock workers end the harbour strike</h1><p>x</p>");
        assertEquals("Dock workers end the harbour strike", d.title());
    }

    @Test
    void furiganaIsNotPartOfTheHeadline() {
        ArticleDraft d = read("<title>子どもへの体罰を禁止する法律ができる</title><body>"
                + "<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する法律ができる</h1>");
        assertEquals("子どもへの体罰を禁止する法律ができる", d.title());
    }

    private static ArticleDraft readAt(String url, String head) {
        return PageMetadata.read("<html><head>" + head + "</head><body><h1>Zeit als Kompetenz</h1>"
                + "<p>Über den Umgang mit Zeit.</p></body></html>", url);
    }

    @Test
    void aSiteNamedAsATitledPersonThatItsHostSpellsIsThatPersonsSite() {
        ArticleDraft d = readAt("https://www.jana-beispiel.example/zeit/",
                "<meta property='og:site_name' content='Dr. Jana Beispiel'>");
        assertEquals(List.of("Jana Beispiel"), d.authors());
    }

    @Test
    void aBrandNamedLikeAPersonIsNoSiteOwner() {
        // no title, and the creator handle is the brand's own name: a newsroom, not a person
        ArticleDraft d = readAt("https://www.city-courier.example/news/",
                "<meta property='og:site_name' content='City Courier'>"
                        + "<meta name='twitter:creator' content='@CityCourier'>");
        assertEquals(List.of(), d.authors());
    }

    @Test
    void theCreatorHandleSpellingTheHostIsTheOwnerOfASiteWithAnotherName() {
        ArticleDraft d = readAt("https://janabeispiel.blog.example/2019/11/zeit/",
                "<meta property='og:site_name' content='Sprachecke'>"
                        + "<meta name='twitter:creator' content='@JanaBeispiel'>");
        assertEquals(List.of("Jana Beispiel"), d.authors());
    }

    @Test
    void aCreatorHandleTheHostDoesNotSpellNamesNoOwner() {
        ArticleDraft d = readAt("https://sprachecke.example/2019/11/zeit/",
                "<meta property='og:site_name' content='Sprachecke'>"
                        + "<meta name='twitter:creator' content='@JanaBeispiel'>");
        assertEquals(List.of(), d.authors());
    }

    @Test
    void aStructuredGivenNameIsCompletedFromThePersonsOwnBio() {
        ArticleDraft d = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\","
                + "\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jana\","
                + "\"description\":\"Jana Beispiel - Ingenieurin und Radfahrerin.\"}]}</script>"
                + "<body><h1>Reifen montieren</h1><p>So geht es.</p></body>");
        assertEquals(List.of("Jana Beispiel"), d.authors());
    }
}
