package dev.newsbatch.extract.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last pass over the blocks of the chosen container: drops what a reader would skip even inside the story's
 * box: the headline (it is the title, not the body), link lists, repeated blocks (pull quotes repeat the text) and
 * headings left dangling at the end (the label of a list that was pruned).
 */
final class BlockCleaner {

    /** A block with more of its text in links than this is navigation ("Read more: ...", a list of headlines). */
    static final double MAX_LINK_DENSITY = 0.5;

    List<TextBlock> clean(List<TextBlock> blocks) {
        List<TextBlock> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock block : blocks) {
            if (block.kind().equals("h1")) {
                continue;
            }
            if (block.linkDensity() > MAX_LINK_DENSITY) {
                continue;
            }
            if (!seen.add(block.text())) {
                continue;
            }
            kept.add(block);
        }
        dropPullQuotes(kept);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isHeading()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
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
