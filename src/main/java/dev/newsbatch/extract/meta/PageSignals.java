package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ExtractionSettings;
import org.jsoup.nodes.Document;

/**
 * What every metadata chain reads from one page, parsed once: the document, its meta tags, its JSON-LD, its off-story regions, its URL and
 * the job's settings. One instance per page; not thread-safe.
 */
record PageSignals(Document doc, MetaTags meta, JsonLd jsonLd, OffStoryRegions regions, String url,
        ExtractionSettings settings) {

    static PageSignals of(Document doc, String url, ExtractionSettings settings) {
        return new PageSignals(doc, new MetaTags(doc), new JsonLd(doc), new OffStoryRegions(doc), url, settings);
    }
}
