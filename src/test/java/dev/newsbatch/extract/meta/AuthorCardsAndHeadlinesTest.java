package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbatch.extract.ArticleDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Author cards, screen-reader labels, one-person sites, the story article's own footer, reworded headlines. */
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
}
