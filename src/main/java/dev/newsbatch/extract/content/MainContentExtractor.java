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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the story in a parsed page. Phases, each escalating only when the one before found too little:
 * <ol>
 *   <li>prune chrome strictly, flatten the page into text blocks, score containers and keep the winner's blocks;</li>
 *   <li>the same with relaxed pruning (pages whose story sits in something named or marked like chrome);</li>
 *   <li>the element schema.org microdata names as the article body, read whole with relaxed pruning.</li>
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

    /** An inner article holding at least this share of the winner's text is the story, not a related teaser. */
    static final double NESTED_STORY_SHARE = 0.5;

    /** An inner article holding at least this share of the article around it is its body (see isBodyOf). */
    static final double NESTED_BODY_SHARE = 0.5;

    /**
     * An inner article holding at least this much text, linking less than prose does, and standing among the story's
     * own paragraphs is a section of the story (a list of places or products told one card each), not a teaser: a
     * teaser is a linked headline and a line or two of excerpt, well under 500 characters, and teasers stand in a
     * box of their own ("you may also like"), not between paragraphs.
     */
    static final int NESTED_SECTION_CHARS = 500;

    /**
     * The relaxed pass replaces the strict one only when it finds this many times more text: a strict pass that found
     * a short story is usually right, and relaxing then mostly adds the comment form and sharing widgets around it.
     */
    static final double RELAXED_GAIN = 2;

    /** The story's body as schema.org microdata marks it; compiled once. */
    static final Evaluator SCHEMA_ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody], [itemprop=reviewBody]");

    private final BoilerplatePruner pruner = new BoilerplatePruner();
    private final BlockFlattener flattener = new BlockFlattener();
    private final ContainerScorer scorer = new ContainerScorer();
    private final BlockCleaner cleaner = new BlockCleaner();
    private final StoryLead lead = new StoryLead();

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
        if (chars(relaxed) >= RELAXED_GAIN * chars(best)) {
            best = relaxed;
        }
        if (chars(best) >= MIN_STORY_CHARS) {
            return best;
        }
        Element schemaBody = doc.selectFirst(SCHEMA_ARTICLE_BODY);
        if (schemaBody != null) {
            MainContent marked = read(schemaBody, PruneLevel.RELAXED, removed, true);
            if (chars(marked) > chars(best)) {
                best = marked;
            }
        }
        return best;
    }

    /** One phase: prune at a level, flatten, choose the container (or take the root whole), clean the blocks. */
    private MainContent read(Element root, PruneLevel level, Set<Element> removed, boolean wholeRoot) {
        Set<Element> pruned = Collections.newSetFromMap(new IdentityHashMap<>());
        pruned.addAll(pruner.chrome(root, level));
        pruned.addAll(removed);
        PageText page = flattener.flatten(root, pruned);
        ContainerScorer.Selection selection = wholeRoot ? new ContainerScorer.Selection(root, List.of(root))
                : scorer.select(page);
        if (selection == null) {
            return new MainContent(List.of(), "", List.of());
        }
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(selection.containers());
        Set<Element> related = relatedArticles(selection, chosen, page);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : page.blocks()) {
            if (insideAny(block.container(), chosen) && !insideAny(block.container(), related)) {
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
        List<TextBlock> leadBlocks = wholeRoot ? List.of() : lead.find(pruned, story);
        if (!leadBlocks.isEmpty()) {
            story.addAll(0, leadBlocks);
        }
        return new MainContent(story.stream().map(TextBlock::text).toList(), MinimalHtml.write(story), images,
                leadBlocks.size());
    }

    /**
     * HTML's own semantics: an article nested in another article is related to it (a teaser, a comment), not part
     * of it. Nested articles in the chosen containers that neither hold the winner nor most of its text are left
     * out (some pages wrap the story itself in an inner article; that one holds most of the text).
     */
    private static Set<Element> relatedArticles(ContainerScorer.Selection selection, Set<Element> chosen,
            PageText page) {
        int topChars = page.textChars(selection.top());
        Set<Element> related = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element article : page.articles()) {
            if (!insideAny(article, chosen)) {
                continue;
            }
            Element outer = articleAncestor(article);
            if (outer != null && !ContainerScorer.isAncestor(article, selection.top())
                    && page.textChars(article) < NESTED_STORY_SHARE * topChars && !isStorySection(article, page)
                    && !isBodyOf(outer, article, page)) {
                related.add(article);
            }
        }
        return related;
    }

    private static boolean isStorySection(Element article, PageText page) {
        if (!article.getElementsByTag("h1").isEmpty()) {
            return true;   // the headline's article is the story, whatever wraps it; a teaser's title is never the h1
        }
        if (page.textChars(article) < NESTED_SECTION_CHARS
                || page.linkDensity(article) >= ContainerScorer.MAX_PROSE_LINK_DENSITY || article.parent() == null) {
            return false;
        }
        for (Element sibling : article.parent().children()) {
            if (sibling.normalName().equals("p")
                    && page.textChars(sibling) > ContainerScorer.MIN_SIBLING_PARAGRAPH_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static Element articleAncestor(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                return e;
            }
        }
        return null;
    }

    /**
     * An inner article holding most of the article around it is that article's body (forum and comment-style
     * layouts wrap each post in an article and its text in another), not a teaser inside it: teasers are a small
     * part of the article they stand in. If the outer article is itself a teaser, it is left out with its body.
     */
    private static boolean isBodyOf(Element outer, Element article, PageText page) {
        return page.textChars(article) >= NESTED_BODY_SHARE * page.textChars(outer);
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
