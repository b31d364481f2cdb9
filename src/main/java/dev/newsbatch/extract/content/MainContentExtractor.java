package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.prune.BoilerplatePruner;
import dev.newsbatch.extract.prune.PruneLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the story in a parsed page. Phases, each escalating only when the one before found too little:
 * <ol>
 *   <li>prune chrome strictly, flatten the page into text blocks, score containers and keep the winner's blocks;</li>
 *   <li>the same with relaxed pruning (pages whose story sits in something named or marked like chrome);</li>
 *   <li>the densest run of prose blocks in the whole page.</li>
 * </ol>
 * Then the kept blocks are cleaned ({@link BlockCleaner}) and written as paragraphs and minimal HTML. Does not change
 * the document. Thread-safe.
 *
 * <pre>{@code MainContent body = new MainContentExtractor().extract(doc, ExtractionSettings.defaults());}</pre>
 */
public final class MainContentExtractor {

    /**
     * A story shorter than this after the strict pass is taken as a miss and the next phase is tried. About two
     * short paragraphs: shorter stories exist, but a strict pass that finds so little usually chose a teaser box.
     */
    static final int MIN_STORY_CHARS = 250;

    private final BoilerplatePruner pruner = new BoilerplatePruner();
    private final BlockFlattener flattener = new BlockFlattener();
    private final ContainerScorer scorer = new ContainerScorer();
    private final BlockCleaner cleaner = new BlockCleaner();

    public MainContent extract(Document doc, ExtractionSettings settings) {
        Element body = doc.body();
        if (body == null) {
            return new MainContent(List.of(), "", List.of());
        }
        Set<Element> removed = settingsRemovals(doc, settings);
        if (settings.bodySelector() != null) {
            Element chosen = doc.selectFirst(settings.bodySelector());
            if (chosen != null) {
                return read(chosen, PruneLevel.STRICT, removed, true);
            }
        }
        MainContent best = read(body, PruneLevel.STRICT, removed, false);
        if (chars(best) >= MIN_STORY_CHARS) {
            return best;
        }
        MainContent relaxed = read(body, PruneLevel.RELAXED, removed, false);
        return chars(relaxed) > chars(best) ? relaxed : best;
    }

    /** One phase: prune at a level, flatten, choose the container (or take the root whole), clean the blocks. */
    private MainContent read(Element root, PruneLevel level, Set<Element> removed, boolean wholeRoot) {
        Set<Element> pruned = Collections.newSetFromMap(new IdentityHashMap<>());
        pruned.addAll(pruner.chrome(root, level));
        pruned.addAll(removed);
        PageText page = flattener.flatten(root, pruned);
        List<Element> containers = wholeRoot ? List.of(root) : scorer.select(page);
        if (containers.isEmpty()) {
            return new MainContent(List.of(), "", List.of());
        }
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(containers);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : page.blocks()) {
            if (insideAny(block.container(), chosen)) {
                kept.add(block);
            }
        }
        List<ArticleImage> images = new ArrayList<>();
        for (PageText.Figure figure : page.figures()) {
            if (insideAny(figure.element(), chosen)) {
                images.add(figure.image());
            }
        }
        List<TextBlock> story = cleaner.clean(kept);
        return new MainContent(story.stream().map(TextBlock::text).toList(), MinimalHtml.write(story), images);
    }

    private static Set<Element> settingsRemovals(Document doc, ExtractionSettings settings) {
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String selector : settings.removeSelectors()) {
            removed.addAll(doc.select(selector));
        }
        return removed;
    }

    private static boolean insideAny(Element element, Set<Element> chosen) {
        for (Element e = element; e != null; e = e.parent()) {
            if (chosen.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static int chars(MainContent content) {
        int n = 0;
        for (String p : content.paragraphs()) {
            n += p.length();
        }
        return n;
    }
}
