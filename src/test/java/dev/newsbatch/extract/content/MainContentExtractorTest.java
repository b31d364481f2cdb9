package dev.newsbatch.extract.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.ExtractionSettings;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {

    private static final String P1 = "The orchestra played its last concert in the old hall on Sunday, before the"
            + " building closes for a renovation that will take three years.";
    private static final String P2 = "Tickets sold out within an hour, and hundreds of people listened outside,"
            + " where the concert was shown on a screen in the square.";
    private static final String P3 = "The new hall, the city says, will seat twice as many people and have a"
            + " stage large enough for opera.";

    private final MainContentExtractor extractor = new MainContentExtractor();

    private MainContent extract(String bodyHtml) {
        Document doc = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>", "https://news.example/story");
        return extractor.extract(doc, ExtractionSettings.defaults());
    }

    @Test
    void keepsTheStoryAndLeavesTheChromeAround() {
        MainContent content = extract("<nav><a href=/a>News</a> <a href=/b>Sport</a></nav>"
                + "<div class=content><h1>Last concert</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class=sidebar><p>Most read: weather warning for the weekend, schools closed.</p></div>"
                + "<footer><p>All rights reserved by the publisher of this newspaper.</p></footer>");

        assertThat(content.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void listsSubheadingsAndLinksSurviveAsMinimalHtml() {
        MainContent content = extract("<article><p>" + P1 + "</p><h2>The programme</h2><ol><li>Overture</li>"
                + "<li>Symphony <a href='/music/fifth'>No. 5</a></li></ol><p>" + P2 + " <a href='#top'>up</a></p>"
                + "<p>" + P3 + "</p></article>");

        assertThat(content.paragraphs()).containsExactly(P1, "The programme", "Overture", "Symphony No. 5",
                P2 + " up", P3);
        assertThat(content.html()).contains("<h2>The programme</h2>")
                .contains("<ol><li>Overture</li><li>Symphony <a href=\"https://news.example/music/fifth\">No. 5"
                        + "</a></li></ol>")
                // only links that lead somewhere become links
                .contains("<p>" + P2 + " up</p>");
    }

    @Test
    void captionsBecomeImagesNotBody() {
        MainContent content = extract("<article><p>" + P1 + "</p><figure><img src='/img/hall.jpg'>"
                + "<figcaption>The old hall on its last night. <span class=credit>Photo: Ann Lee</span></figcaption>"
                + "</figure><p>" + P2 + "</p><p>" + P3 + "</p></article>");

        assertThat(content.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(content.images()).containsExactly(new ArticleImage("The old hall on its last night.",
                "Photo: Ann Lee", "https://news.example/img/hall.jpg"));
    }

    @Test
    void pullQuoteRepeatingTheTextIsDroppedButARealQuoteStays() {
        String quote = "We will miss the sound of this room.";
        MainContent content = extract("<article><p>" + P1 + "</p><blockquote class=pull><p>" + P2.substring(0, 60)
                + "</p></blockquote><p>" + P2 + "</p><blockquote><p>" + quote + "</p></blockquote><p>" + P3
                + "</p></article>");

        assertThat(content.paragraphs()).containsExactly(P1, P2, quote, P3);
    }

    @Test
    void relatedArticlesNestedInTheStoryAreLeftOut() {
        MainContent content = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<h3>You may also like</h3><article><p>A choir from the north wins the national prize after a"
                + " long and difficult season.</p></article></article>");

        assertThat(content.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void anInnerArticleHoldingMostOfItsPostIsThePostsBody() {
        String question = "Our cat has started to leave small dark crumbs on his blanket every night, and we cannot"
                + " find where they come from. He sleeps indoors and has not been outside for a week.";
        String answer = "Dark crumbs that turn red on wet paper are flea droppings. Comb him with a fine comb over a"
                + " white towel, and ask the vet for a spot-on treatment that covers fleas and mites.";
        String thanks = "Thank you, the comb found them at once. The vet gave us a treatment this morning and the"
                + " blanket was clean tonight for the first time in weeks.";
        MainContent content = extract("<div class=thread><article class=message><aside class=user>anna</aside>"
                + "<article class=message-body><p>" + question + "</p></article></article>"
                + "<article class=message><aside class=user>ben</aside>"
                + "<article class=message-body><p>" + answer + "</p></article></article>"
                + "<article class=message><aside class=user>anna</aside>"
                + "<article class=message-body><p>" + thanks + "</p></article></article></div>"
                + "<div class=sidebar><p>Forum rules: be kind to other members.</p></div>");

        assertThat(content.paragraphs()).contains(question, answer, thanks);
    }

    @Test
    void aStoryHiddenAsAWholeIsStillFound() {
        MainContent content = extract("<div style='display:none'><p>" + P1 + "</p><p>" + P2 + "</p></div>");

        assertThat(content.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void schemaOrgArticleBodyIsTheLastFallback() {
        // the story sits in a box named like comments, which both pruning levels remove; microdata still names it
        MainContent content = extract("<div class=comments-box><div itemprop=articleBody><p>" + P1 + "</p><p>" + P2
                + "</p></div></div><p>Contact the newsroom.</p>");

        assertThat(content.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void siteSettingsNameTheBodyAndRemoveElements() {
        Document doc = Jsoup.parse("<body><div id=teaser><p>" + P3 + "</p><p>" + P3 + " Again.</p></div>"
                + "<div id=body><p>" + P1 + "</p><p class=promo-x>Subscribe for one euro a week, cancel any"
                + " time you like.</p></div></body>");
        ExtractionSettings site = new ExtractionSettings(null, null, List.of(".promo-x"), "#body",
                ExtractionSettings.DEFAULT_MAX_BYTES);

        assertThat(extractor.extract(doc, site).paragraphs()).containsExactly(P1);
    }

    @Test
    void deepNestingIsWalkedWithoutRecursion() {
        String deep = "<div>".repeat(50_000) + "<p>" + P1 + "</p><p>" + P2 + "</p>" + "</div>".repeat(50_000);

        assertThat(extract(deep).paragraphs()).containsExactly(P1, P2);
    }

    /** A lead paragraph of two sentences, long enough to be the story's opening rather than a one-line deck. */
    private static final String LEAD = "After ninety years and more than four thousand concerts, the old hall on the"
            + " river closed its doors on Sunday. The orchestra says it will return in three years to a building twice"
            + " the size.";

    @Test
    void aLeadInTheArticleHeaderOpensTheStory() {
        MainContent content = extract("<nav><a href=/a>News</a></nav><article><header><h1>Last concert</h1>"
                + "<p class=article-teaser>" + LEAD + "</p><div class=byline>By Ann Lee, 3 March 2024</div></header>"
                + "<div class=article-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");

        assertThat(content.paragraphs()).containsExactly(LEAD, P1, P2, P3);
        assertThat(content.leadParagraphs()).isEqualTo(1);
    }

    @Test
    void aOneLineDeckIsADescriptionNotTheLead() {
        MainContent content = extract("<article><header><h1>Last concert</h1>"
                + "<p class=deck>The old hall closes for three years of renovation.</p></header>"
                + "<div class=article-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>");

        assertThat(content.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(content.leadParagraphs()).isZero();
    }

    @Test
    void theLeadIsNotACaptionAPromotionOrASecondCopy() {
        String caption = "The conductor bows to the audience at the end of the last concert in the old hall on Sunday"
                + " evening, after an encore that the audience had demanded for a quarter of an hour. Photo by Ann Lee";
        String promotion = "Get the best of our music coverage in your inbox every Friday, with reviews, interviews and"
                + " tickets before anyone else, and an offer for new readers that ends this month. Join now!";
        MainContent content = extract("<article><header><h1>Last concert</h1>"
                + "<div class=lead-image><img src=/hall.jpg><span>" + caption + "</span></div>"
                + "<p class=promo-teaser>" + promotion + "</p></header>"
                + "<div class=article-body><p>" + LEAD + "</p><p>" + P1 + "</p><p>" + P2 + "</p></div></article>");

        assertThat(content.paragraphs()).containsExactly(LEAD, P1, P2);
        assertThat(content.leadParagraphs()).isZero();
    }

    @Test
    void anH1FarAboveTheStoryIsALogoNotItsHeadline() {
        StringBuilder menu = new StringBuilder("<ul class=menu>");
        for (int i = 0; i < 20; i++) {
            menu.append("<li><p>Section number ").append(i).append(" with its own long description of what it holds"
                    + " for the readers of this newspaper every day</p></li>");
        }
        menu.append("</ul>");
        MainContent content = extract("<header><h1>The Daily Example</h1></header>" + menu
                + "<div class=intro><p>" + LEAD + "</p></div>"
                + "<div class=article-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");

        assertThat(content.leadParagraphs()).isZero();
    }

    @Test
    void aBareMostPopularLabelEndsTheStoryButAnInlineReadAlsoDoesNot() {
        String teaser1 = "The mayor's budget, presented on Thursday, cuts the money for street lighting by a third and"
                + " moves it to the repair of school roofs, which inspectors found leaking in eleven buildings this"
                + " winter, and opposition councillors have already said they will vote against it.";
        String teaser2 = "A late goal from the captain gave the city's football club its first away win of the"
                + " season on Saturday, lifting it out of the relegation places for the first time since September,"
                + " in front of more than two thousand travelling supporters in the rain.";
        String longer = P2 + " Some had queued since the early morning, with flasks of tea and folding chairs.";
        MainContent content = extract("<div class=entry-content><p>" + P1 + "</p><p>Read also:</p>"
                + "<p><a href=/other>Choir wins the national prize</a></p><p>" + longer + "</p><p>" + P3 + "</p>"
                + "<h3>Most Popular</h3><p>" + teaser1 + "</p><p>" + teaser2 + "</p></div>");

        assertThat(content.paragraphs()).containsExactly(P1, "Read also:", longer, P3);
    }
}
