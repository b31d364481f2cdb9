package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.TextNormalizer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The author's signature under a story, where no byline names one: the story's last paragraph is the author's name
 * alone, set off in bold or italics ("<p><strong>Jane Roe</strong></p>"), or the name on its first line and a role
 * on the next ("Jane Roe<br>Chairwoman"), or the last paragraph ends with the name in brackets ("... (Jane Roe)").
 * The story is the block holding most paragraph text. Thread-safe (stateless).
 */
final class StorySignature {

    /** Elements that set a signature off from the text: a name in bold or italics alone in its paragraph. */
    private static final Evaluator EMPHASIS = QueryParser.parse("strong, b, em, i");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator QUOTATION = QueryParser.parse("blockquote, q");
    /** A name in brackets closing the last paragraph, with what may trail it ("(Jane Roe) +++", "(Jane Roe)."). */
    private static final Pattern BRACKETED_NAME_AT_END = Pattern.compile("\\(([^()]{5,60})\\)[\\s.+*#–—-]*$");
    /** A signature line is short: a name; a role on the line after it is short too. */
    private static final int MAX_SIGNATURE_CHARS = 60;
    /** A paragraph longer than this is text, not a signature, whatever it ends with. */
    private static final int MAX_PARAGRAPH_CHARS = 2000;

    private StorySignature() {
    }

    /** The name the story is signed with, or null. */
    static String find(PageSignals page) {
        Element last = lastStoryParagraph(page.elements(), page.regions());
        if (last == null || TextLength.certainlyLonger(last, MAX_PARAGRAPH_CHARS)) {
            return null;
        }
        String text = TextNormalizer.normalizeLine(last.text());
        boolean emphasized = isEmphasizedAlone(last, text);
        if (emphasized) {
            return text.length() <= MAX_SIGNATURE_CHARS ? person(text) : null;
        }
        // "Jane Roe<br>Chairwoman": a role after the name, no link (a name and its web address is a contact)
        String firstLine = firstLineBeforeBreak(last);
        if (firstLine != null && text.length() - firstLine.length() <= MAX_SIGNATURE_CHARS
                && last.selectFirst(LINK) == null) {
            return person(firstLine);
        }
        // "... (Jane Roe)" closing the text; not a quotation set apart in italics, whose brackets name its source
        Matcher bracketed = BRACKETED_NAME_AT_END.matcher(text);
        return bracketed.find() && last.closest(QUOTATION) == null ? person(bracketed.group(1)) : null;
    }

    /**
     * The last non-empty paragraph of the block whose paragraphs hold the most text (the story's body), outside
     * the page's frame and other stories.
     */
    private static Element lastStoryParagraph(PageElements elements, OffStoryRegions regions) {
        Map<Element, Integer> textByParent = new IdentityHashMap<>();
        Element story = null;
        int most = 0;
        for (Element p : elements.withTag("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int total = textByParent.merge(parent, TextLength.keptChars(p), Integer::sum);
            if (total > most) {
                most = total;
                story = parent;
            }
        }
        if (story == null || regions.contains(story)) {
            return null;
        }
        List<Element> children = story.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            Element child = children.get(i);
            if (child.normalName().equals("p") && !child.text().isBlank()) {
                return child;
            }
        }
        return null;
    }

    /** Whether all of the paragraph's text is in one bold or italic element: a name set off from the text. */
    private static boolean isEmphasizedAlone(Element paragraph, String text) {
        for (Element e : paragraph.select(EMPHASIS)) {
            if (e != paragraph && TextNormalizer.normalizeLine(e.text()).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph's text before its first line break, where it has one after some text; else null. */
    private static String firstLineBeforeBreak(Element paragraph) {
        StringBuilder line = new StringBuilder();
        for (Node n : paragraph.childNodes()) {
            if (n instanceof Element e && e.normalName().equals("br")) {
                String text = TextNormalizer.normalizeLine(line.toString());
                return text.isEmpty() ? null : text;
            }
            if (line.length() > MAX_SIGNATURE_CHARS) {
                return null;
            }
            line.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
        }
        return null;
    }

    /** The text as one person's name (two capitalized words at least, nothing else), or null. */
    private static String person(String text) {
        List<String> names = AuthorNames.split(text, true);
        return names.size() == 1 && names.get(0).equals(TextNormalizer.normalizeLine(text).replaceAll("[.,;:]$", ""))
                ? names.get(0) : null;
    }
}
