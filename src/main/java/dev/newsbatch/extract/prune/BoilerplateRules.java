package dev.newsbatch.extract.prune;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What is never, or is usually not, part of a story's text, as named data. Signals are general: tags, ARIA roles,
 * the {@code hidden} attribute and inline styles, and tokens of class and id names (weak signals, so they are
 * overruled when an element holds most of the page's paragraph text). No rule names a site.
 */
public final class BoilerplateRules {

    /**
     * Never text of a story, at any level: code, styling, embedded objects, form controls, vector graphics, and ruby
     * annotations (rt, rp: the reading aids printed above CJK characters, which would otherwise double the text).
     */
    static final Set<String> NEVER_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "math", "button", "input", "select", "textarea", "option", "label", "head",
            "link", "meta", "map", "audio", "video", "source", "picture", "dialog", "menu", "rt", "rp");

    /** Page chrome by HTML5 semantics: navigation, page header and footer, side content. */
    static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "header", "footer");

    /** Page chrome by ARIA landmark or widget role. */
    static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "menu", "menubar", "toolbar", "dialog", "alertdialog", "tablist", "form");

    /** Inline styles that hide an element: invisible to a reader, so not what the page shows as its story. */
    static final Pattern HIDDEN_STYLE = Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /**
     * Class/id tokens of widgets around a story: sharing and social bars, related and recommended lists, newsletter
     * and subscription boxes, ads and sponsors, cookie and consent banners, comments, breadcrumbs, sidebars, pop-ups,
     * author boxes, tag lists, pagination. Whole tokens of the name split at '-', '_', spaces and camelCase humps;
     * collected from Readability's "unlikely candidates" list and the widget names common on news sites, then
     * checked one by one against the worst pages of the development corpora.
     */
    static final Set<String> BOILERPLATE_TOKENS = Set.of(
            "share", "sharing", "shares", "social", "sharebar", "socialbar", "addthis", "sharethis",
            "related", "recommended", "recommendations", "recirculation", "outbrain", "taboola", "trending",
            "popular", "mostread", "most", "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp", "sponsor", "sponsored",
            "promo", "promotion", "cookie", "cookies", "consent", "gdpr", "comment", "comments", "disqus", "replies",
            "breadcrumb", "breadcrumbs", "sidebar", "widget", "widgets", "popup", "modal", "overlay", "banner",
            "masthead", "menu", "navbar", "nav", "navigation", "footer", "header", "skip", "pagination", "pager",
            "tags", "tagcloud", "keywords", "byline", "author", "bio", "toolbar", "tools", "print", "rss",
            "subnav", "jump", "hidden", "visually", "sr", "screenreader", "login", "paywall", "donate", "teaser",
            "teasers", "excerpt", "recent", "latest", "more", "next", "prev", "previous", "meta", "dateline", "timestamp", "date", "credit",
            "caption", "rating", "feedback", "newsticker", "ticker", "carousel", "slider", "gallery", "inline");

    /**
     * Class/id tokens that mark a story's container ("article-body", "entry-content", "post-text"): an element named
     * with one of these is not pruned for a generic boilerplate token it also carries ("article-share-bar" still is,
     * since "share" is in {@link #WIDGET_TOKENS}).
     */
    static final Set<String> CONTENT_TOKENS = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "blog", "hentry", "column", "page", "articlebody", "storybody", "prose", "richtext");

    /**
     * The subset of widget tokens specific enough to win over container words: "article-share", "post-comments",
     * "story-related" are widgets even though they also say "article", "post", "story".
     */
    static final Set<String> WIDGET_TOKENS = Set.of("share", "sharing", "social", "sharebar", "related",
            "recommended", "newsletter", "subscribe", "comments", "comment", "advert", "advertisement", "ads",
            "sponsored", "promo", "cookie", "consent", "breadcrumb", "breadcrumbs", "sidebar", "taboola", "outbrain",
            "paywall", "signup", "tags", "byline");

    /** Class/id tokens of readers' comment threads and the form to join them. */
    static final Set<String> COMMENT_TOKENS = Set.of("comment", "comments", "commentlist", "replies", "disqus",
            "respond");

    /** A camelCase hump: where "relatedLinks" splits into "related" and "links". */
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^a-z0-9]+");

    private BoilerplateRules() {
    }

    /** How sure a rule is that an element is not story text. */
    public enum Verdict {
        /** Story text, as far as the rules can tell. */
        KEEP,
        /** Never text (a script, a form control): removed whatever it holds. */
        NEVER_TEXT,
        /**
         * Named as readers' comments: removed whatever it holds, since a comment thread can outweigh a short story
         * but is never part of it.
         */
        COMMENTS,
        /**
         * A weak signal (page semantics, a role, a form, hidden, a widget name): removed unless it holds most of the
         * page's prose, which then says it is the story's wrapper ("content-with-sidebar", "paywall" on the story).
         */
        WEAK
    }

    /** What the rules say of one element at the given level, looking at the element alone (not its contents). */
    public static Verdict judge(Element element, PruneLevel level) {
        String tag = element.normalName();
        if (NEVER_TEXT_TAGS.contains(tag)) {
            return Verdict.NEVER_TEXT;
        }
        if (isHidden(element)) {
            return Verdict.WEAK;
        }
        if (level == PruneLevel.RELAXED) {
            return Verdict.KEEP;
        }
        String name = element.className() + " " + element.id();
        boolean widget = false;
        boolean comments = false;
        boolean boilerplate = false;
        boolean container = false;
        if (!name.isBlank()) {
            for (String token : tokens(name)) {
                widget |= WIDGET_TOKENS.contains(token);
                comments |= COMMENT_TOKENS.contains(token);
                container |= CONTENT_TOKENS.contains(token);
                boilerplate |= BOILERPLATE_TOKENS.contains(token);
            }
        }
        if (comments) {
            return Verdict.COMMENTS;
        }
        String role = element.attr("role");
        if (widget || CHROME_TAGS.contains(tag) || tag.equals("form")
                || (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT)))
                || (boilerplate && !container)) {
            return Verdict.WEAK;
        }
        return Verdict.KEEP;
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    static String[] tokens(String name) {
        String split = CAMEL_HUMP.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
        return TOKEN_SEPARATOR.split(split);
    }
}
