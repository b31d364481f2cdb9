package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The story's lead images as its metadata names them: JSON-LD {@code image} (a URL, an ImageObject with caption and
 * credit, or a list), then og:image and twitter:image. Body images are the content phase's business. Thread-safe.
 */
final class LeadImages {

    /** JSON-LD keys that credit an ImageObject, best first. */
    private static final String[] LD_CREDIT = {"creditText", "copyrightHolder", "author", "creator", "copyrightNotice"};
    /** More than this many metadata images are renditions of the same picture in different sizes. */
    private static final int MAX_IMAGES = 5;

    @SuppressWarnings("unchecked")
    List<ArticleImage> find(PageSignals page) {
        List<ArticleImage> images = new ArrayList<>();
        Map<String, Object> article = page.jsonLd().article();
        Object image = article == null ? null : article.get("image");
        List<Object> items = image instanceof List<?> list ? (List<Object>) list : image == null ? List.of()
                : List.of(image);
        for (Object item : items) {
            if (item instanceof String src) {
                add(images, page, null, null, src);
            } else if (item instanceof Map<?, ?> map) {
                Map<String, Object> node = (Map<String, Object>) map;
                String src = JsonLd.text(node, "url");
                if (src == null) {
                    src = JsonLd.text(node, "contentUrl");
                }
                String caption = JsonLd.text(node, "caption");
                if (caption == null) {
                    caption = JsonLd.text(node, "description");
                }
                String credit = null;
                for (String key : LD_CREDIT) {
                    credit = credit != null ? credit : JsonLd.text(node, key);
                }
                add(images, page, caption, credit, src);
            }
        }
        List<String> ogImages = page.meta().all("og:image");
        String ogAlt = page.meta().first("og:image:alt");
        for (String src : ogImages.isEmpty() ? page.meta().all("og:image:url") : ogImages) {
            add(images, page, ogAlt, null, src);
        }
        for (String src : page.meta().all("twitter:image")) {
            add(images, page, page.meta().first("twitter:image:alt"), null, src);
        }
        return images;
    }

    private static void add(List<ArticleImage> images, PageSignals page, String caption, String credit, String src) {
        if (src == null || src.isBlank() || images.size() >= MAX_IMAGES) {
            return;
        }
        String absolute = absolute(page, src.trim());
        for (ArticleImage known : images) {
            if (known.src().equals(absolute)) {
                return;
            }
        }
        images.add(new ArticleImage(blankToNull(caption), blankToNull(credit), absolute));
    }

    private static String absolute(PageSignals page, String src) {
        if (src.startsWith("http://") || src.startsWith("https://")) {
            return src;
        }
        Element probe = page.doc().createElement("img").attr("src", src);
        String abs = probe.absUrl("src");
        return abs.isEmpty() ? src : abs;
    }

    private static String blankToNull(String s) {
        String t = TextNormalizer.normalizeLine(s);
        return t.isEmpty() ? null : t;
    }
}
