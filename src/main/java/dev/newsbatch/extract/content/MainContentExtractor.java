package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * Finds the story in a parsed page: prunes what is never content, scores containers by the text of the paragraphs
 * they hold, and keeps the paragraphs of the best one. Changes the document it is given. Thread-safe.
 */
public final class MainContentExtractor {

    /** Elements that are never part of a story's text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, form, nav, header, footer, "
            + "aside, button, select, svg";
    /** A paragraph shorter than this is not counted toward its container's score. */
    private static final int MIN_SCORED_CHARS = 25;
    /** The block elements whose text becomes the body's paragraphs. */
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote";

    public MainContent extract(Document doc, ExtractionSettings settings) {
        settings.removeSelectors().forEach(selector -> doc.select(selector).remove());
        Element root = settings.bodySelector() != null ? doc.selectFirst(settings.bodySelector()) : null;
        if (root == null) {
            doc.select(NEVER_CONTENT).remove();
            root = bestContainer(doc);
        }
        if (root == null) {
            return new MainContent(List.of(), "", List.of());
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            String text = TextNormalizer.normalizeLine(block.text());
            if (!text.isEmpty() && !insideAnotherBlock(block, root)) {
                paragraphs.add(text);
                html.append('<').append(block.tagName()).append('>')
                        .append(Entities.escape(text)).append("</").append(block.tagName()).append('>');
            }
        }
        return new MainContent(paragraphs, html.toString(), List.of());
    }

    /** A block nested in another block is part of that one's text already. */
    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static Element bestContainer(Document doc) {
        Map<Element, Integer> scores = new HashMap<>();
        Elements paragraphs = doc.select("p");
        for (Element p : paragraphs) {
            int length = p.text().length();
            if (length >= MIN_SCORED_CHARS && p.parent() != null) {
                scores.merge(p.parent(), length, Integer::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(doc.body());
    }
}
