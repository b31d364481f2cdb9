package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ExtractionSettings;
import org.jsoup.nodes.Document;

/**
 * What every metadata chain reads from one page, parsed once: the document's elements (walked once, see {@link PageElements}), its meta tags, its JSON-LD, its off-story regions, its body text (built once, see {@link BodyText}), its URL and
 * the job's settings. One instance per page; not thread-safe.
 */
record PageSignals(PageElements elements, MetaTags meta, JsonLd jsonLd, OffStoryRegions regions, BodyText bodyText,
        String url, ExtractionSettings settings) {

    static PageSignals of(Document doc, String url, ExtractionSettings settings) {
        PageElements elements = PageElements.of(doc);
        BodyText bodyText = new BodyText(doc);
        return new PageSignals(elements, new MetaTags(elements), new JsonLd(elements),
                new OffStoryRegions(elements), bodyText, url, settings);
    }

    Document doc() {
        return elements.doc();
    }
}
