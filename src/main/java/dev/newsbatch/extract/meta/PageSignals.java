package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ExtractionSettings;
import org.jsoup.nodes.Document;

/**
 * What every metadata chain reads from one page, parsed once: the document, its meta tags, its JSON-LD, its off-story regions, its body text (built once, see {@link BodyText}), its URL and
 * the job's settings. One instance per page; not thread-safe.
 */
record PageSignals(Document doc, MetaTags meta, JsonLd jsonLd, OffStoryRegions regions, BodyText bodyText,
        String url, ExtractionSettings settings) {

    static PageSignals of(Document doc, String url, ExtractionSettings settings) {
        BodyText bodyText = new BodyText(doc);
        return new PageSignals(doc, new MetaTags(doc), new JsonLd(doc), new OffStoryRegions(doc, bodyText), bodyText,
                url, settings);
    }
}
