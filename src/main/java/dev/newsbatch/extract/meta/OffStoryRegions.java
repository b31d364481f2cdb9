package dev.newsbatch.extract.meta;

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
    private static final Set<String> OFF_STORY_TAGS = Set.of("footer", "aside", "nav", "form", "select", "option",
            "script", "style", "noscript", "template", "button");

    /**
     * Class and id tokens of off-story regions, as CMS templates name them. Matched as substrings of the lower-cased
     * class and id, so "related-posts", "sidebar-right" and "comment-list" are all caught.
     */
    private static final Pattern OFF_STORY_NAMES = Pattern.compile(
            "comment|related|sidebar|widget|footer|copyright|recommend|teaser|popular|trending|newsletter|"
                    + "more-stories|morestories|read-more|readmore|also-|-also|promo|advert|banner|breadcrumb|"
                    + "cookie|subscribe|share|social|outbrain|taboola|nav-|menu|reply|disqus|weitere|tags");

    private OffStoryRegions() {
    }

    /** Whether the element or one of its ancestors is off the story. */
    static boolean contains(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (OFF_STORY_TAGS.contains(e.normalName())) {
                return true;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (names.length() > 1 && OFF_STORY_NAMES.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }
}
