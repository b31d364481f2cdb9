package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsbatch.extract.ArticleDraft;
import org.junit.jupiter.api.Test;

/** Time elements marked as the publication or the update, by their own class or by the element around them. */
class MarkedTimesTest {

    private static ArticleDraft read(String body) {
        return PageMetadata.read("<body><h1>Harbour ferry timetable changes from Monday</h1>" + body
                + "<p>The ferry company said the winter timetable starts earlier this year.</p></body>",
                "https://news.example/ferry");
    }

    @Test
    void aTimeInsideAnElementClassedPublishedIsThePublicationBeforeAnEarlierPlainTime() {
        ArticleDraft d = read("<p>Next sailing <time datetime='2023-03-01'>1 March</time></p>"
                + "<div class='meta'><span class='entry-published'>Posted <time datetime='2023-02-20T08:15:00Z'>"
                + "20 Feb</time></span></div>");
        assertEquals("2023-02-20T08:15:00Z", d.published().iso());
    }

    @Test
    void aTimeMarkedItselfCountsAndAnUnmarkedTimeIsTheLastResort() {
        assertEquals("2023-02-21", read("<time class='post-date' datetime='2023-02-21'>21 Feb</time>")
                .published().iso());
        assertEquals("2023-03-01", read("<p><time datetime='2023-03-01'>1 March</time></p>").published().iso());
    }

    @Test
    void aTimeInsideAnElementClassedUpdatedIsTheModificationNotThePublication() {
        ArticleDraft d = read("<p class='story-updated'>Updated <time datetime='2023-02-22T10:00:00Z'>22 Feb</time>"
                + "</p><span class='published'><time datetime='2023-02-20T08:15:00Z'>20 Feb</time></span>");
        assertEquals("2023-02-20T08:15:00Z", d.published().iso());
        assertEquals("2023-02-22T10:00:00Z", d.modified().iso());
    }

    @Test
    void aTimeWithoutADatetimeInsideAPublishedBlockIsNotMarked() {
        ArticleDraft d = read("<div class='published'><time>soon</time></div>");
        assertNull(d.published());
    }
}
