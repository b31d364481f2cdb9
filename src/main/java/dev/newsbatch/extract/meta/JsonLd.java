package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The JSON-LD objects of one page, flattened: every {@code application/ld+json} block, arrays and {@code @graph}
 * lists unpacked, so a caller asks for "the article" without caring how the page nested it. Immutable after
 * construction; one instance per page.
 */
final class JsonLd {

    private static final SimpleSelector LD_SCRIPTS = SimpleSelector.of("script[type~=(?i)application/ld\\+json]");

    /** schema.org types that describe a story; the first node of one of these types is "the article". */
    private static final Set<String> STORY_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenews",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "techarticle", "liveblogposting", "posting", "socialmediaposting",
            "advertisernewsarticle", "satiricalarticle", "discussionforumposting", "pressrelease");
    /**
     * Types that are the story only where no story type is given: a page's embedded video, recipe card or review
     * box is described before its article as often as after it, with its own upload date and author.
     */
    private static final Set<String> SECONDARY_STORY_TYPES = Set.of("creativework", "videoobject", "medicalwebpage",
            "recipe", "review");

    /** Page-level types: second choice when no article node exists (many CMSs put the dates on the WebPage). */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage",
            "profilepage", "qapage", "faqpage", "mediapage");
    /** Types that are never a person, so their name is never an author. */
    static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation",
            "website", "brand", "localbusiness", "educationalorganization", "governmentorganization", "ngo");

    private final List<Map<String, Object>> nodes = new ArrayList<>();
    /** Nodes by their {@code @id}: an author given as {"@id": ...} is described by another node of the graph. */
    private final Map<String, Map<String, Object>> byId = new HashMap<>();

    JsonLd(PageElements elements) {
        for (Element script : elements.select(LD_SCRIPTS)) {
            LenientJson.parse(script.data()).ifPresent(this::collect);
        }
    }

    @SuppressWarnings("unchecked")
    private void collect(Object value) {
        if (value instanceof List<?> list) {
            list.forEach(this::collect);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> node = (Map<String, Object>) map;
            nodes.add(node);
            if (node.get("@id") instanceof String id && node.size() > 1) {
                byId.putIfAbsent(id, node);
            }
            Object graph = node.get("@graph");
            if (graph != null) {
                collect(graph);
            }
            // an article wrapped as the page's mainEntity is still the article
            Object main = node.get("mainEntity");
            if (main instanceof Map<?, ?> || main instanceof List<?>) {
                collect(main);
            }
        }
    }

    /** The node describing the story: the first of a story type, else of a secondary story type, else null. */
    Map<String, Object> article() {
        for (Map<String, Object> node : nodes) {
            if (hasType(node, STORY_TYPES)) {
                return node;
            }
        }
        for (Map<String, Object> node : nodes) {
            if (hasType(node, SECONDARY_STORY_TYPES)) {
                return node;
            }
        }
        return null;
    }

    /** The page node (WebPage and kin), or null. */
    Map<String, Object> page() {
        for (Map<String, Object> node : nodes) {
            if (hasType(node, PAGE_TYPES)) {
                return node;
            }
        }
        return null;
    }

    /** The node a reference stands for: {"@id": x} alone is resolved in the graph, anything else is itself. */
    Object resolve(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("@id") instanceof String id) {
            Map<String, Object> node = byId.get(id);
            return node != null ? node : value;
        }
        return value;
    }

    List<Map<String, Object>> nodes() {
        return nodes;
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The first text value of a key in the article node, then in the page node. */
    String articleText(String key) {
        String value = text(article(), key);
        return value != null ? value : text(page(), key);
    }

    static boolean hasType(Map<String, Object> node, Set<String> types) {
        for (String type : types(node)) {
            if (types.contains(type)) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(Map<String, Object> node) {
        List<String> out = new ArrayList<>();
        Object type = node == null ? null : node.get("@type");
        if (type instanceof String s) {
            out.add(strip(s));
        } else if (type instanceof Collection<?> c) {
            c.forEach(t -> out.add(strip(String.valueOf(t))));
        }
        return out;
    }

    private static String strip(String type) {
        // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** A text value: a string, the first string of a list, or the "name"/"@value" of an object. */
    static String text(Map<String, Object> node, String key) {
        return node == null ? null : asText(node.get(key));
    }

    static String asText(Object value) {
        if (value instanceof String s) {
            // values are sometimes HTML-escaped once more than JSON needs ("Redacci&oacute;n", "&#8211;")
            return s.isBlank() ? null : s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String s = asText(item);
                if (s != null) {
                    return s;
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            Object v = map.get("@value");
            if (v == null) {
                v = map.get("name");
            }
            return asText(v instanceof String ? v : null);
        }
        return null;
    }
}
