package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.Signal;
import dev.newsbatch.extract.TextNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata (title, times, language, canonical URL, description, site name) by fallback chains,
 * most reliable signal first, before anything is pruned. Thread-safe.
 */
public final class HtmlMetadataReader {

    private final DateTextParser dates = new DateTextParser();

    public void read(Document doc, ArticleDraft draft, ExtractionSettings settings) {
        readTitle(doc, draft);
        String published = firstContent(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=date]", "time[datetime]");
        dates.parse(published, settings.defaultZone()).ifPresent(t -> draft.published(t, Signal.META_TAG));
        String language = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang") : null;
        if (language != null && !language.isBlank()) {
            draft.language(language.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT), Signal.META_TAG);
        } else if (settings.language() != null) {
            draft.language(settings.language(), Signal.JOB_DEFINITION);
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            draft.canonicalUrl(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"),
                    Signal.META_TAG);
        }
        draft.description(nullIfBlank(firstContent(doc, "meta[property=og:description]", "meta[name=description]")),
                Signal.META_TAG);
        draft.siteName(nullIfBlank(firstContent(doc, "meta[property=og:site_name]")), Signal.OPEN_GRAPH);
    }

    private static void readTitle(Document doc, ArticleDraft draft) {
        String og = firstContent(doc, "meta[property=og:title]");
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            draft.title(TextNormalizer.normalizeLine(h1.text()), Signal.HEADING);
        } else if (og != null && !og.isBlank()) {
            draft.title(TextNormalizer.normalizeLine(og), Signal.OPEN_GRAPH);
        } else if (!doc.title().isBlank()) {
            draft.title(TextNormalizer.normalizeLine(doc.title()), Signal.TITLE_TAG);
        }
    }

    private static String firstContent(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : TextNormalizer.normalizeLine(s);
    }
}
