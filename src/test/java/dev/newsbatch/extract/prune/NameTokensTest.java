package dev.newsbatch.extract.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokensTest {

    @Test
    void splitsAtSeparatorsAndCamelCaseHumpsIntoLowerCaseWords() {
        assertEquals(List.of("related", "links", "social", "bar"), NameTokens.of("relatedLinks social_bar"));
        assertEquals(List.of("post", "body", "2"), NameTokens.of("post-body--2"));
        assertEquals(List.of("article", "body"), NameTokens.of("  ArticleBody "));
        assertEquals(List.of("share", "bar"), NameTokens.of("shareBar"));
    }

    @Test
    void capitalsInARowStayOneWordAndOtherCharactersSeparate() {
        assertEquals(List.of("nav", "main"), NameTokens.of("NAV·MAIN"));
        assertEquals(List.of("html5player"), NameTokens.of("HTML5Player"), "a hump follows a lower-case letter");
        assertEquals(List.of("sharebar"), NameTokens.of("SHAREBAR"));
        assertEquals(List.of("x"), NameTokens.of("x"));
        assertEquals(List.of(), NameTokens.of(" -_ "));
    }
}
