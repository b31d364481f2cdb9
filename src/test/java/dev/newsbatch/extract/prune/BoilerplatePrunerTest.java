package dev.newsbatch.extract.prune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplatePrunerTest {

    private static final String PROSE = "<p>The bridge across the river will close for repairs next month, the"
            + " council announced on Monday after an inspection found cracks in two of its supports.</p>";

    private final BoilerplatePruner pruner = new BoilerplatePruner();

    private static Element byId(Document doc, String id) {
        return doc.getElementById(id);
    }

    @Test
    void widgetsChromeAndHiddenElementsArePrunedButTheStoryIsNot() {
        Document doc = Jsoup.parse("<body><nav id=n><a href=/>Home</a></nav>"
                + "<div id=story class=article-body>" + PROSE + PROSE
                + "<div id=share class=article-share-bar><a href=#>Share</a></div></div>"
                + "<div id=rel class=relatedLinks><p>Other story</p></div>"
                + "<div id=hid style='display: none'><p>Sign up</p></div>"
                + "<div id=cb role=dialog><p>We use cookies</p></div><script id=s>x()</script></body>");

        Set<Element> chrome = pruner.chrome(doc.body(), PruneLevel.STRICT);

        assertThat(chrome).contains(byId(doc, "n"), byId(doc, "share"), byId(doc, "rel"), byId(doc, "hid"),
                byId(doc, "cb"), byId(doc, "s"));
        assertThat(chrome).doesNotContain(byId(doc, "story"));
    }

    @Test
    void aDialogIsNeverTheStoryEvenWhenItHoldsMostOfThePage() {
        // a pop-up with a whole second article in it, opened by a link in the story
        Document doc = Jsoup.parse("<body><div id=story class=entry-content>" + PROSE + "</div>"
                + "<div id=pop class='pum pum-overlay' role=dialog aria-hidden=true><div class=pum-content>"
                + PROSE + PROSE + PROSE + "</div></div></body>");

        assertThat(pruner.chrome(doc.body(), PruneLevel.STRICT)).contains(byId(doc, "pop"));
        assertThat(pruner.chrome(doc.body(), PruneLevel.RELAXED)).contains(byId(doc, "pop"));
    }

    @Test
    void aWeakSignalOnTheWrapperOfMostOfThePageIsOverruled() {
        // a sidebar-named wrapper holding the story, and a form around the whole page (some CMSs do both)
        Document doc = Jsoup.parse("<body><form id=f><div id=w class='layout with-sidebar'>" + PROSE + PROSE
                + "</div></form><div id=side class=sidebar><p>Most read today</p></div></body>");

        Set<Element> chrome = pruner.chrome(doc.body(), PruneLevel.STRICT);

        assertThat(chrome).doesNotContain(byId(doc, "f"), byId(doc, "w"));
        assertThat(chrome).contains(byId(doc, "side"));
    }

    @Test
    void commentsArePrunedEvenWhenTheyOutweighTheStory() {
        Document doc = Jsoup.parse("<body><div id=story>" + PROSE + "</div><div id=c class=comments-area>"
                + PROSE + PROSE + PROSE + "</div></body>");

        assertThat(pruner.chrome(doc.body(), PruneLevel.STRICT)).contains(byId(doc, "c"));
    }

    @Test
    void relaxedLevelKeepsNamesAndSemanticsButNotScripts() {
        Document doc = Jsoup.parse("<body><header id=h>" + PROSE + "</header><div id=x class=sidebar>" + PROSE
                + "</div><style id=st>p{}</style></body>");

        Set<Element> chrome = pruner.chrome(doc.body(), PruneLevel.RELAXED);

        assertThat(chrome).containsExactly(byId(doc, "st"));
    }

    @Test
    void aHeaderHoldingProseIsTheStorysOwn() {
        Document doc = Jsoup.parse("<body><header id=site><a href=/>Logo</a></header><article><header id=lead>"
                + PROSE + PROSE + PROSE + "</header>" + PROSE + PROSE + PROSE + PROSE + "</article></body>");

        Set<Element> chrome = pruner.chrome(doc.body(), PruneLevel.STRICT);

        assertThat(chrome).contains(byId(doc, "site")).doesNotContain(byId(doc, "lead"));
    }

    @Test
    void nameTokensSplitAtSeparatorsAndCamelCase() {
        assertThat(NameTokens.of("relatedLinks social_bar  post-share"))
                .containsExactly("related", "links", "social", "bar", "post", "share");
        // whole tokens only: "shared" and "address" are not "share" and "ad"
        assertThat(BoilerplateRules.judge(Jsoup.parse("<div class='shared-address'>").selectFirst("div"),
                PruneLevel.STRICT)).isEqualTo(BoilerplateRules.Verdict.KEEP);
    }
}
