package dev.newsbatch.extract.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last pass over the blocks of the chosen container: drops what a reader would skip even inside the story's
 * box: the headline (it is the title, not the body), link lists, repeated blocks (pull quotes repeat the text) and
 * headings left dangling at the end (the label of a list that was pruned).
 */
final class BlockCleaner {

    /** A block with more of its text in links than this is navigation ("Read more: ...", a list of headlines). */
    static final double MAX_LINK_DENSITY = 0.5;

    /**
     * At the edges of a story, a block shorter than this that does not end like a sentence is a label around it:
     * a date line, "By", "Tags", "Filed under:", a view counter, "Comments". 40 characters: longer than such
     * labels, shorter than nearly every real first or last sentence in the development corpora.
     */
    static final int MAX_EDGE_LABEL_CHARS = 40;
    /** How a sentence ends, in the scripts of the corpora (Latin, CJK, Arabic, quotes after the stop). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\\u06D4\\u061F][\"'”’»)\\]]*$");

    /**
     * A list item with some text of its own besides its link ("Energize, before your workout") is part of a list
     * the story makes; only items that are nothing but a link are navigation.
     */
    static final double MAX_ITEM_LINK_DENSITY = 0.9;

    private static double maxLinkDensity(TextBlock block) {
        return block.kind().equals("li") ? MAX_ITEM_LINK_DENSITY : MAX_LINK_DENSITY;
    }

    List<TextBlock> clean(List<TextBlock> blocks) {
        List<TextBlock> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock block : blocks) {
            if (block.kind().equals("h1")) {
                continue;
            }
            if (block.linkDensity() > maxLinkDensity(block)) {
                continue;
            }
            if (!seen.add(block.text())) {
                continue;
            }
            kept.add(block);
        }
        dropPullQuotes(kept);
        trimEdgeLabels(kept);
        return kept;
    }

    /** Drops labels and dangling headings at the end, and labels at the start, of the story. */
    private static void trimEdgeLabels(List<TextBlock> blocks) {
        while (!blocks.isEmpty() && isEdgeLabel(blocks.get(blocks.size() - 1), true)) {
            blocks.remove(blocks.size() - 1);
        }
        while (!blocks.isEmpty() && isEdgeLabel(blocks.get(0), false)) {
            blocks.remove(0);
        }
    }

    private static boolean isEdgeLabel(TextBlock block, boolean atEnd) {
        if (atEnd && block.isHeading()) {
            return true;
        }
        return block.text().length() < MAX_EDGE_LABEL_CHARS && !SENTENCE_END.matcher(block.text()).find();
    }

    /** A quote block whose text is part of another block repeats the story; the story keeps its own copy. */
    private static void dropPullQuotes(List<TextBlock> blocks) {
        StringBuilder all = new StringBuilder();
        for (TextBlock block : blocks) {
            if (!block.kind().equals("blockquote")) {
                all.append(block.text()).append('\n');
            }
        }
        String story = all.toString();
        blocks.removeIf(b -> b.kind().equals("blockquote") && b.text().length() >= 20 && story.contains(b.text()));
    }
}
