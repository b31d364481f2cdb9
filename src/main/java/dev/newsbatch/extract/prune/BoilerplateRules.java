package dev.newsbatch.extract.prune;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
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

    /**
     * ARIA roles of a window over the page (the role form of the {@code dialog} element, which is never text): a
     * pop-up, a log-in or consent box. Never the story, even when it holds more text than the story (a pop-up with a
     * whole second article in it), so removed whatever it holds.
     */
    static final Set<String> NEVER_TEXT_ROLES = Set.of("dialog", "alertdialog");

    /** Page chrome by HTML5 semantics: navigation, page header and footer, side content. */
    static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "header", "footer");

    /** Page chrome by ARIA landmark or widget role. */
    static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "menu", "menubar", "toolbar", "tablist", "form");

    /** Inline styles that hide an element: invisible to a reader, so not what the page shows as its story. */
    static final Pattern HIDDEN_STYLE = Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)",
            Pattern.CASE_INSENSITIVE);

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
     * Widget tokens specific enough to win over container words: "article-share", "post-author" (the author box),
     * "entry-toc" (a table of contents), "story-related", "wp-caption-text" (a caption written as a paragraph) are
     * widgets even though they also say "article", "post", "entry", "story", "text". Each was added when it lowered
     * neither corpus's score.
     */
    static final Set<String> WIDGET_TOKENS = Set.of("share", "sharing", "social", "sharebar", "related",
            "recommended", "newsletter", "subscribe", "comments", "comment", "advert", "advertisement", "ads",
            "sponsored", "promo", "cookie", "consent", "breadcrumb", "breadcrumbs", "sidebar", "taboola", "outbrain",
            "paywall", "signup", "tags", "byline", "author", "bio", "toc", "meta", "caption", "credit");

    /** Class/id tokens of readers' comment threads and the form to join them. */
    static final Set<String> COMMENT_TOKENS = Set.of("comment", "comments", "commentlist", "replies", "disqus",
            "respond");

    /**
     * Class/id tokens of live coverage (a match report or a news event told minute by minute): its entries are often
     * named "live-comments", but they are the story, written by the newsroom, not readers' comments. A name with one
     * of these tokens is not judged by its comment tokens ("livefyre", a comment system, is one token, not "live"),
     * and it names a story's container as {@link #CONTENT_TOKENS} do (entries are often "slider" or "ticker" items).
     */
    static final Set<String> LIVE_COVERAGE_TOKENS = Set.of("live", "liveblog", "liveticker");

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
        return new Judge().judge(element, level);
    }

    /**
     * Judges the elements of one page, remembering what each class/id name it has seen says (a page repeats a few
     * dozen names over thousands of elements). Not thread-safe: one per walk.
     */
    public static final class Judge {
        private static final int WIDGET = 1;
        private static final int COMMENTS = 2;
        private static final int BOILERPLATE = 4;
        private static final int CONTAINER = 8;
        private static final int LIVE_COVERAGE = 16;
        /** What each known token says, as bits: one lookup per token instead of one per token set. */
        private static final Map<String, Integer> TOKEN_FLAGS = tokenFlags();

        private static Map<String, Integer> tokenFlags() {
            Map<String, Integer> flags = new HashMap<>();
            WIDGET_TOKENS.forEach(t -> flags.merge(t, WIDGET, (a, b) -> a | b));
            COMMENT_TOKENS.forEach(t -> flags.merge(t, COMMENTS, (a, b) -> a | b));
            BOILERPLATE_TOKENS.forEach(t -> flags.merge(t, BOILERPLATE, (a, b) -> a | b));
            CONTENT_TOKENS.forEach(t -> flags.merge(t, CONTAINER, (a, b) -> a | b));
            LIVE_COVERAGE_TOKENS.forEach(t -> flags.merge(t, LIVE_COVERAGE, (a, b) -> a | b));
            return Map.copyOf(flags);
        }

        private final Map<String, Integer> nameFlags = new HashMap<>();

        public Verdict judge(Element element, PruneLevel level) {
            String tag = element.normalName();
            if (NEVER_TEXT_TAGS.contains(tag)) {
                return Verdict.NEVER_TEXT;
            }
            if (element.attributesSize() == 0) {   // most elements: only the tag can speak
                return level == PruneLevel.STRICT && (CHROME_TAGS.contains(tag) || tag.equals("form"))
                        ? Verdict.WEAK : Verdict.KEEP;
            }
            // the parser lower-cases attribute names, so exact lookups do (attr() compares ignoring case, per call)
            Attributes attributes = element.attributes();
            String role = attributes.get("role");
            if (!role.isEmpty() && NEVER_TEXT_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
                return Verdict.NEVER_TEXT;
            }
            int flags = flags(attributes.get("class")) | flags(attributes.get("id"));
            if ((flags & COMMENTS) != 0) {
                return Verdict.COMMENTS;
            }
            if (isHidden(attributes)) {
                return Verdict.WEAK;
            }
            if (level == PruneLevel.RELAXED) {
                return Verdict.KEEP;
            }
            if ((flags & WIDGET) != 0 || CHROME_TAGS.contains(tag) || tag.equals("form")
                    || (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT)))
                    || ((flags & BOILERPLATE) != 0 && (flags & CONTAINER) == 0)) {
                return Verdict.WEAK;
            }
            return Verdict.KEEP;
        }

        private int flags(String name) {
            if (name.isEmpty()) {
                return 0;
            }
            Integer known = nameFlags.get(name);
            if (known != null) {
                return known;
            }
            int flags = 0;
            List<String> tokens = NameTokens.of(name);
            int[] tokenFlags = new int[tokens.size()];
            boolean liveCoverage = false;
            for (int i = 0; i < tokenFlags.length; i++) {
                tokenFlags[i] = TOKEN_FLAGS.getOrDefault(tokens.get(i), 0);
                liveCoverage |= (tokenFlags[i] & LIVE_COVERAGE) != 0;
            }
            if (liveCoverage) {
                flags |= CONTAINER;
            }
            for (int tokenFlag : tokenFlags) {
                if (liveCoverage && (tokenFlag & COMMENTS) != 0) {
                    continue;
                }
                flags |= tokenFlag & ~LIVE_COVERAGE;
            }
            nameFlags.put(name, flags);
            return flags;
        }
    }

    static boolean isHidden(Element element) {
        return isHidden(element.attributes());
    }

    private static boolean isHidden(Attributes attributes) {
        if (attributes.hasKey("hidden") || "true".equalsIgnoreCase(attributes.get("aria-hidden"))) {
            return true;
        }
        String style = attributes.get("style");
        // the regular expression only where one of its words is (most inline styles set sizes and colours)
        return !style.isEmpty() && (containsIgnoreCase(style, "none") || containsIgnoreCase(style, "hidden"))
                && HIDDEN_STYLE.matcher(style).find();
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

}
