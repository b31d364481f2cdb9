package dev.newsbatch.extract.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Parts of a page that are not the story's own header or body: footers, sidebars, comment threads, lists of related
 * stories, copyright lines. A date or a name found inside one belongs to something else (another story, a commenter,
 * the site), so the metadata chains skip them. Thread-safe.
 */
final class OffStoryRegions {

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
    /** Regions of the site's frame: footers, sidebars, widgets, menus, copyright lines, cookie and share bars. */
    private static final Pattern SITE_FRAME = Pattern.compile(
            "(?:^|[-_])(?:footer|site-footer|page-footer|sidebar|widget|widgets|copyright|newsletter|promo|advert|"
                    + "ad|ads|banner|breadcrumbs?|cookie|subscribe|share|sharing|social|menu|navbar|navigation)"
                    + "(?:$|[-_])");

    private OffStoryRegions() {
    }

    /** Whether the element or one of its ancestors (below body) is off the story: frame or other content. */
    static boolean contains(Element element) {
        return test(element, true);
    }

    /**
     * Whether the element is inside a region holding other stories or comments. Markup that says outright it is the
     * publication time is trusted inside a site footer (blog templates put the post's date there), not in these.
     */
    static boolean inOtherContent(Element element) {
        return test(element, false);
    }

    /** Whether this element itself (not its ancestors) starts an off-story region. */
    static boolean isOffStoryItself(Element e) {
        String tag = e.normalName();
        if (OFF_STORY_TAGS.contains(tag) || tag.equals("footer")) {
            return true;
        }
        if (matches(e.id(), true)) {
            return true;
        }
        for (String token : e.classNames()) {
            if (matches(token, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean test(Element element, boolean frameToo) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (frameToo && (OFF_STORY_TAGS.contains(tag) || tag.equals("footer"))) {
                return true;
            }
            if (matches(e.id(), frameToo)) {
                return true;
            }
            for (String token : e.classNames()) {
                if (matches(token, frameToo)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String token, boolean frameToo) {
        if (token.isEmpty()) {
            return false;
        }
        String t = token.toLowerCase(Locale.ROOT);
        return OTHER_CONTENT.matcher(t).find() || (frameToo && SITE_FRAME.matcher(t).find());
    }
}
