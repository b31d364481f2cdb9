package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The cheap first-words test that lets the lead-in byline scan skip blocks without building their text. */
class LeadInPrefilterTest {

    private static Element block(String html) {
        return Jsoup.parse("<body>" + html).body().child(0);
    }

    @Test
    void passesEveryBlockWhoseTextOpensWithALeadIn() {
        assertTrue(Authors.leadingWordsMayLeadIn(block("<p>By Jane Roe</p>")));
        assertTrue(Authors.leadingWordsMayLeadIn(block("<div>\n  <span>von <a href='/a'>Hans Muster</a></span></div>")));
        assertTrue(Authors.leadingWordsMayLeadIn(block("<p><span class='sr-only'>By</span><a>Jane Roe</a></p>")));
        assertTrue(Authors.leadingWordsMayLeadIn(block("<p>\u200bBY\u00a0Jane Roe</p>")));
        assertTrue(Authors.leadingWordsMayLeadIn(block("<p><b>B</b>y Jane Roe</p>")), "a word split over nodes");
        assertTrue(Authors.leadingWordsMayLeadIn(block("<div>Ein Artikel von <strong>Petra Beispiel</strong></div>")));
        assertTrue(Authors.leadingWordsMayLeadIn(block("<p>---- by Tomas Invent</p>")));
        assertTrue(Authors.leadingWordsMayLeadIn(block("<p><span>— </span><em>by Tomas Invent</em></p>")));
    }

    @Test
    void skipsBlocksThatOpenWithOtherWords() {
        assertFalse(Authors.leadingWordsMayLeadIn(block("<p>Bypass closed after the storm</p>")));
        assertFalse(Authors.leadingWordsMayLeadIn(block("<div><img src='x.jpg'><p>Home</p></div>")));
        assertFalse(Authors.leadingWordsMayLeadIn(block("<p>| By Jane Roe</p>")));
        assertFalse(Authors.leadingWordsMayLeadIn(block("<div><script>var by = 1;</script></div>")));
        assertFalse(Authors.leadingWordsMayLeadIn(block("<div></div>")));
    }

    /** The first-letter test before an element's lone text is matched as an author label ("Autor:", "| By"). */
    @Test
    void passesEveryAuthorLabelAndSkipsOtherShortTexts() {
        for (String label : new String[] {"Autor:", "AUTORIN", "Autoren", "Authors", "auteur", "Autore", "| By",
                " \u00a0by:", "Von", "par", "Por", "Verfasst von", "geschrieben von", "Written by", "Posted by"}) {
            assertTrue(Authors.firstLetterMayStartLabel(label), label);
        }
        for (String other : new String[] {"Home", "Mehr", "12:30", "| News", "", "  "}) {
            assertFalse(Authors.firstLetterMayStartLabel(other), other);
        }
    }
}
