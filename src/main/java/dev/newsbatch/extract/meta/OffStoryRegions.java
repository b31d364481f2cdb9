package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Parts of a page that are not the story's own header or body: footers, sidebars, comment threads, lists of related
 * stories, copyright lines. A date or a name found inside one belongs to something else (another story, a commenter,
 * the site), so the metadata chains skip them. Templates also give layout wrappers such names ("mainwrap sidebar",
 * "navigation-container" around the whole page), so an element that holds the story's headline is never frame.
 * One instance per page; not thread-safe.
 */
final class OffStoryRegions {

        /** A link to the home page ({@code rel=home}): inside an h1, the site's name set as its logo. */
    private static final Evaluator HOME_LINK = QueryParser.parse("a[rel~=(?i)(?:^|\\s)home(?:\\s|$)]");
    /** The texts of h1s that link home, read while the h1s are walked for the headline. */
    private final List<String> homeLinkedHeadings = new ArrayList<>();
    private static final SimpleSelector OG_TITLE = SimpleSelector.of("meta[property=og:title]");

    /** The headline's ancestors: wrappers of the story, whatever their class says. */
    private final Set<Element> storyWrappers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Whether the story's wrappers are exempt from other-content names too, not only from frame names. */
    private boolean wrappersExemptAll;
    /** The story's headline: the first h1 outside the frame and other content (see the constructor), or null. */
    private final Element headline;

    /** Elements with a frame name checked for being a wrapper of most of the page, and the answer. */
    private final Map<Element, Boolean> wrapperChecked = new IdentityHashMap<>();
    /** A region holding more than this share of the page's text wraps the page, whatever its name. */
    private static final double WRAPPER_SHARE = 0.5;
    private final Document doc;
    /** How much text the page holds; -1 until a frame-named region is first checked for wrapping it. */
    private int pageTextChars = -1;

    OffStoryRegions(PageElements elements) {
        this.doc = elements.doc();
        Element headline = null;
        Element firstInFrame = null;
        Element titledInOtherContent = null;
        Element titled = null;
        Set<String> titleWords = words(TitleTag.of(elements) + " " + metaTitle(elements));
        for (Element h1 : elements.withTag("h1")) {
            if (h1.text().isBlank()) {
                continue;
            }
            Element home = h1.selectFirst(HOME_LINK);
            if (home != null && !home.text().isBlank()) {
                homeLinkedHeadings.add(home.text());
            }
            if (test(h1, false)) {
                if (titledInOtherContent == null && titleShare(h1.text(), titleWords) >= HEADLINE_TITLE_SHARE) {
                    titledInOtherContent = h1;
                }
                continue;
            }
            if (test(h1, true)) {
                // an h1 in the site's frame (a "Menu" toggle in the navigation) is not the story's, unless no
                // other is found (templates that wrap the whole story in a "sidebar"-named block)
                firstInFrame = firstInFrame == null ? h1 : firstInFrame;
                continue;
            }
            if (headline == null) {
                headline = h1;
            }
            // the site's logo is an h1 on many templates: the story's is the one the page's title repeats
            if (titleShare(h1.text(), titleWords) >= HEADLINE_TITLE_SHARE) {
                headline = h1;
                titled = h1;
                break;
            }
        }
        if (headline == null) {
            headline = firstInFrame;
        }
        if (titledInOtherContent != null && (headline == null
                || titled == null && titleShare(headline.text(), titleWords) < HEADLINE_TITLE_SHARE)) {
            // the page's own headline in a block named like a teaser ("article-teaser" around the whole story):
            // the name misleads, the title does not; an h1 the title does not repeat (a greeting in a browser
            // warning overlay, a logo) is not the story's headline either
            headline = titledInOtherContent;
            wrappersExemptAll = true;
        }
        if (headline != null) {
            storyWrappers.addAll(headline.parents());
            storyArticle = headline.closest("article");
            Element next = headline.nextElementSibling();
            for (int i = 0; i < HEADER_SIBLINGS && next != null; i++, next = next.nextElementSibling()) {
                headerBlocks.add(next);
            }
            Element previous = headline.previousElementSibling();
            if (previous != null) {
                headerBlocks.add(previous); // a date line or kicker set just above the headline
            }
        } else {
            storyArticle = null;
        }
        this.headline = headline;
        this.titledHeadline = titled;
    }

    /** The texts of the h1s that link to the home page: the site's name as its logo shows it. */
    List<String> homeLinkedHeadings() {
        return homeLinkedHeadings;
    }

    /** The story's h1 that the page's title repeats (most of its words are the title's), or null. */
    private final Element titledHeadline;

    /**
     * The h1 among several that the page's title repeats, or null: the story's headline beside section names and
     * box titles that are h1s too.
     */
    Element titledHeadline() {
        return titledHeadline;
    }

    /** The {@code <article>} that holds the story's headline, or null. */
    private final Element storyArticle;
    /**
     * The blocks right after the headline: the story's own kicker, byline and date line, whatever their class says
     * (templates reuse their teaser classes for the full story's header: "teaser__metadata" under the h1).
     */
    private final Set<Element> headerBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * How many element siblings after the headline count as its header: a byline, then a date line. The one sibling
     * right before it counts too (a date line or kicker set above the headline).
     */
    private static final int HEADER_SIBLINGS = 2;

    /** An h1 most of whose words are in the page's title is the story's headline, not the logo before it. */
    private static final double HEADLINE_TITLE_SHARE = 0.6;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String metaTitle(PageElements elements) {
        Element og = elements.selectFirst(OG_TITLE);
        return og == null ? "" : og.attr("content");
    }

    private static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static double titleShare(String heading, Set<String> titleWords) {
        Set<String> words = words(heading);
        if (words.isEmpty()) {
            return 0;
        }
        long inTitle = words.stream().filter(titleWords::contains).count();
        return (double) inTitle / words.size();
    }

    /** Elements that by their tag never hold the story's metadata. */
    private static final Set<String> OFF_STORY_TAGS = Set.of("aside", "nav", "form", "select", "option",
            "script", "style", "noscript", "template", "button");

    /**
     * Class and id tokens of regions that hold other stories or other people's words: comments, related and
     * recommended stories, teasers. Matched against each class token and the id, lower-cased, as a prefix or a
     * hyphen/underscore-separated part, so "related-posts", "comment-list" and "js-teaser" are caught but
     * "uncommented" is not.
     */
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "(?:^|[-_])(?:comments?|commentlist|related|relatedposts|recommend\\w*|teasers?|popular|trending|"
                    + "more-stories|morestories|readmore|read-more|outbrain|taboola|disqus|replies|reply|"
                    + "yarpp|jp-relatedposts|also)(?:$|[-_])");
    /**
     * Class tokens that name the story's taxonomy terms, not a region: blog engines class a post "category-popular
     * tag-sidebar format-standard", which says what it is filed under, not that it is a list of popular posts.
     */
    private static final Pattern TAXONOMY_TOKEN = Pattern.compile("(?:category|tag|format|status|type)-");
    /** Regions of the site's frame: footers, sidebars, widgets, menus, copyright lines, cookie and share bars. */
    private static final Pattern SITE_FRAME = Pattern.compile(
            "(?:^|[-_])(?:footer|site-footer|page-footer|sidebar|widget|widgets|copyright|newsletter|promo|advert|"
                    + "ad|ads|banner|breadcrumbs?|cookie|subscribe|share|sharing|social|menu|navbar|navigation)"
                    + "(?:$|[-_])");

    /** The frame names that HTML's sectioning elements stand for: an article has its own sidebar and footer. */
    private static final Pattern SECTIONING_FRAME = Pattern.compile("(?:^|[-_])(?:sidebar|footer)(?:$|[-_])");

    /** The story's headline element (an h1), or null where the page has none outside its frame and other stories. */
    Element headline() {
        return headline;
    }

    /** Whether the element or one of its ancestors (below body) is off the story: frame or other content. */
    boolean contains(Element element) {
        return test(element, true);
    }

    /**
     * Whether the element is inside a region holding other stories or comments. Markup that says outright it is the
     * publication time is trusted inside a site footer (blog templates put the post's date there), not in these.
     */
    boolean inOtherContent(Element element) {
        return test(element, false);
    }

    /** Whether this element itself (not its ancestors) starts an off-story region. */
    boolean isOffStoryItself(Element e) {
        if (storyWrappers.contains(e)) {
            return false;
        }
        String tag = e.normalName();
        if (OFF_STORY_TAGS.contains(tag) || tag.equals("footer")) {
            return true;
        }
        return hasOffStoryName(e, true);
    }

    private boolean hasOffStoryName(Element e, boolean frameToo) {
        // exact lookups: the parser lower-cases attribute names (hasAttr compares ignoring case, per call)
        if (e.attributesSize() == 0 || !e.attributes().hasKey("class") && !e.attributes().hasKey("id")) {
            return false;
        }
        int kind = nameKinds.computeIfAbsent(e, this::nameKind);
        if ((kind & OTHER_CONTENT_NAME) != 0) {
            return true;
        }
        return frameToo && (kind & FRAME_NAME) != 0 && !wrapsPage(e);
    }

    /** What an element's class and id tokens name it, as {@link #OTHER_CONTENT_NAME} and {@link #FRAME_NAME} bits. */
    private static final int OTHER_CONTENT_NAME = 1;
    private static final int FRAME_NAME = 2;
    /**
     * Each named element's kind, read once: the off-story tests walk up from every element they are asked about,
     * so the same wrappers' names are asked for again and again.
     */
    private final Map<Element, Integer> nameKinds = new IdentityHashMap<>();

    private int nameKind(Element e) {
        int kind = 0;
        for (String token : tokens(e)) {
            int t = tokenKinds.computeIfAbsent(token, OffStoryRegions::tokenKind);
            if ((t & TAXONOMY) != 0) {
                continue;
            }
            if ((t & OTHER_CONTENT_NAME) != 0) {
                return OTHER_CONTENT_NAME;
            }
            if ((t & FRAME_NAME) != 0 && !articlesOwnPart(e, (t & SECTIONING) != 0)) {
                kind = FRAME_NAME;
            }
        }
        return kind;
    }

    /** A token's kind: bits of {@link #OTHER_CONTENT_NAME}, {@link #FRAME_NAME}, {@link #TAXONOMY}, {@link #SECTIONING}. */
    private static int tokenKind(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (TAXONOMY_TOKEN.matcher(t).lookingAt()) {
            return TAXONOMY;
        }
        return (OTHER_CONTENT.matcher(t).find() ? OTHER_CONTENT_NAME : 0)
                | (SITE_FRAME.matcher(t).find() ? FRAME_NAME : 0)
                | (SECTIONING_FRAME.matcher(t).find() ? SECTIONING : 0);
    }

    private static final int TAXONOMY = 4;
    private static final int SECTIONING = 8;
    /** Each class or id token's kind, read once a page: a page repeats a few dozen tokens over its elements. */
    private final Map<String, Integer> tokenKinds = new HashMap<>();

    /**
     * Whether a block named as a sidebar or footer is the story article's own (its byline and date box beside the
     * text), as a {@code <footer>} or {@code <aside>} inside the story's {@code <article>} is: the site's sidebar
     * and footer stand outside the article. Other frame names (share bars, menus, ads) are off the story wherever
     * they are.
     */
    private boolean articlesOwnPart(Element e, boolean sectioningName) {
        if (storyArticle == null || !sectioningName || e == storyArticle) {
            return false;
        }
        Element parent = e.parent();
        return parent != null && parent.closest("article") == storyArticle;
    }

    /** The element's class tokens and its id (split at white space by hand: jsoup's classNames() runs a regex). */
    private static List<String> tokens(Element e) {
        Attributes attributes = e.attributes();
        String classes = attributes.get("class");
        List<String> tokens = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= classes.length(); i++) {
            boolean space = i == classes.length() || isClassSeparator(classes.charAt(i));
            if (space && start >= 0) {
                tokens.add(classes.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        String id = attributes.get("id");
        if (!id.isEmpty()) {
            tokens.add(id);
        }
        return tokens;
    }

    /** The white space that separates class names: what {@code \s} matches in jsoup's split. */
    private static boolean isClassSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a footer or aside is the story article's own (HTML's sectioning: a {@code <footer>} or {@code <aside>}
     * whose nearest {@code <article>} is the story's holds that story's byline and dates, not the site's).
     */
    private boolean inStoryArticle(Element e) {
        String tag = e.normalName();
        if (storyArticle == null || !(tag.equals("footer") || tag.equals("aside"))) {
            return false;
        }
        Element parent = e.parent();
        return parent != null && parent.closest("article") == storyArticle;
    }

    private boolean wrapsPage(Element e) {
        return wrapperChecked.computeIfAbsent(e,
                x -> TextLength.certainlyLonger(x, (int) Math.floor(pageTextChars() * WRAPPER_SHARE)));
    }

    /** How much text the page's body holds (see {@link TextLength#keptChars}), counted once when first asked. */
    private int pageTextChars() {
        if (pageTextChars < 0) {
            Element body = doc.body();
            pageTextChars = body == null ? 0 : TextLength.keptChars(body);
        }
        return pageTextChars;
    }

    private boolean test(Element element, boolean frameToo) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (storyWrappers.contains(e)) {
                if (wrappersExemptAll) {
                    return false;
                }
                frameToo = false; // the frame names of a wrapper around the story do not count; other content does
            }
            if (headerBlocks.contains(e)) {
                continue;
            }
            if (frameToo && (OFF_STORY_TAGS.contains(tag) || tag.equals("footer")) && !inStoryArticle(e)) {
                return true;
            }
            if (hasOffStoryName(e, frameToo)) {
                return true;
            }
        }
        return false;
    }
}
