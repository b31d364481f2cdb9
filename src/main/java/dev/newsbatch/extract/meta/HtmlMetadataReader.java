package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.Signal;
import dev.newsbatch.extract.TextNormalizer;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata (title, authors, byline, agency, published and modified times, language, canonical URL,
 * site name, section, description, lead images) by fallback chains, most reliable signal first, and records in the
 * draft which signal won each field. Runs on the whole document, before anything is pruned. Thread-safe.
 *
 * <pre>{@code new HtmlMetadataReader().read(Jsoup.parse(html, url), draft, ExtractionSettings.defaults());}</pre>
 */
public final class HtmlMetadataReader {

    private static final SimpleSelector CANONICAL = SimpleSelector.of("link[rel=canonical][href]");
    private static final SimpleSelector SECTION_MICRODATA = SimpleSelector.of("[itemprop=articleSection]");

    private final Headlines headlines = new Headlines();
    private final Authors authors = new Authors();
    private final PublicationDates dates = new PublicationDates();
    private final Languages languages = new Languages();
    private final LeadImages images = new LeadImages();

    public void read(Document doc, ArticleDraft draft, ExtractionSettings settings) {
        read(doc, draft, settings, Instant.now());
    }

    /** As {@link #read(Document, ArticleDraft, ExtractionSettings)}, with "now" given: later dates are refused. */
    public void read(Document doc, ArticleDraft draft, ExtractionSettings settings, Instant now) {
        PageSignals page = PageSignals.of(doc, draft.url(), settings);

        Headlines.Found title = headlines.find(page);
        if (title != null) {
            draft.title(title.title(), title.signal());
        }
        Authors.Found byline = authors.find(page);
        if (byline != null) {
            draft.authors(byline.names(), byline.signal());
            if (byline.byline() != null) {
                draft.byline(byline.byline(), byline.signal());
            }
            if (byline.agency() != null) {
                draft.agency(byline.agency(), byline.signal());
            }
        }
        readTimes(page, draft, now);
        Languages.Found language = languages.find(page);
        if (language != null) {
            draft.language(language.code(), language.signal());
        }
        readCanonical(page, draft);
        readSiteName(page, draft);
        readSection(page, draft);
        readDescription(page, draft);
        images.find(page).forEach(draft::addImage);
    }

    /**
     * Published and modified. A modified time earlier than the publication is a CMS artefact and dropped; where the
     * only time found is marked as an update, it is the modified time and the publication stays unknown.
     */
    private void readTimes(PageSignals page, ArticleDraft draft, Instant now) {
        PublicationDates.Times times = dates.find(page, now);
        PublicationDates.Found published = times.published();
        PublicationDates.Found modified = times.modified();
        if (published != null) {
            draft.published(published.time(), published.signal());
        }
        if (modified != null && (published == null || !before(modified.time(), published.time()))) {
            draft.modified(modified.time(), modified.signal());
        }
    }

    private static boolean before(PublishedTime a, PublishedTime b) {
        return a.value().toLocalDate().isBefore(b.value().toLocalDate());
    }

    private static void readCanonical(PageSignals page, ArticleDraft draft) {
        Element canonical = page.elements().selectFirst(CANONICAL);
        if (canonical != null) {
            String abs = canonical.absUrl("href");
            draft.canonicalUrl(abs.isEmpty() ? canonical.attr("href").trim() : abs, Signal.META_TAG);
            return;
        }
        String og = page.meta().first("og:url");
        if (og != null && og.startsWith("http")) {
            draft.canonicalUrl(og, Signal.OPEN_GRAPH);
        }
    }

    private static void readSiteName(PageSignals page, ArticleDraft draft) {
        String og = page.meta().first("og:site_name");
        if (og != null) {
            draft.siteName(og, Signal.OPEN_GRAPH);
            return;
        }
        String publisher = JsonLd.text(page.jsonLd().article(), "publisher");
        if (publisher != null) {
            draft.siteName(TextNormalizer.normalizeLine(publisher), Signal.JSON_LD);
            return;
        }
        String app = page.meta().first("application-name");
        if (app != null) {
            draft.siteName(app, Signal.META_TAG);
        }
    }

    private static void readSection(PageSignals page, ArticleDraft draft) {
        String ld = page.jsonLd().articleText("articleSection");
        if (ld != null) {
            draft.section(TextNormalizer.normalizeLine(ld), Signal.JSON_LD);
            return;
        }
        String og = page.meta().first("article:section", "og:article:section");
        if (og != null) {
            draft.section(og, Signal.OPEN_GRAPH);
            return;
        }
        String meta = page.meta().first("section", "parsely-section", "sailthru.section", "category", "dc.subject");
        if (meta != null) {
            draft.section(meta, Signal.META_TAG);
            return;
        }
        Element micro = page.elements().selectFirst(SECTION_MICRODATA);
        if (micro != null) {
            String v = micro.hasAttr("content") ? micro.attr("content") : micro.text();
            if (!v.isBlank()) {
                draft.section(TextNormalizer.normalizeLine(v), Signal.MICRODATA);
            }
        }
    }

    private static void readDescription(PageSignals page, ArticleDraft draft) {
        String ld = page.jsonLd().articleText("description");
        if (ld != null) {
            draft.description(TextNormalizer.normalizeLine(ld), Signal.JSON_LD);
            return;
        }
        String og = page.meta().first("og:description");
        if (og != null) {
            draft.description(og, Signal.OPEN_GRAPH);
            return;
        }
        String meta = page.meta().first("description", "twitter:description", "dc.description");
        if (meta != null) {
            draft.description(meta, Signal.META_TAG);
        }
    }
}
