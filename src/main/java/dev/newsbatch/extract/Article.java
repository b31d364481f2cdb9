package dev.newsbatch.extract;

import java.util.List;
import java.util.Map;

/**
 * A clean story: what the cleaner made of one raw page. Immutable; lists and maps are copies.
 *
 * @param url             the page's URL, or null for files and text dumps
 * @param canonicalUrl    the URL the page names as canonical, else null
 * @param title           the headline, or null
 * @param authors         person names, never photo credits or agencies
 * @param byline          the byline as the page wrote it, or null
 * @param agency          the wire agency credited, or null
 * @param dateline        the wire dateline cut from the first paragraph, or null
 * @param published       when the story was published, or null
 * @param modified        when it was last changed, or null
 * @param language        ISO 639-1 code, or null
 * @param description     the page's summary, or null
 * @param section         the section of the site, or null
 * @param siteName        the publication's name, or null
 * @param images          images of the story with caption and credit
 * @param paragraphs      the body, one entry per paragraph (subheadings and list items included as their own)
 * @param bodyHtml        the body as minimal HTML (p, h2-h4, ul/ol/li, table, blockquote, figure, a)
 * @param metadataSources for each metadata field, the signal its value came from (e.g. title → json-ld)
 */
public record Article(
        String url,
        String canonicalUrl,
        String title,
        List<String> authors,
        String byline,
        String agency,
        Dateline dateline,
        PublishedTime published,
        PublishedTime modified,
        String language,
        String description,
        String section,
        String siteName,
        List<ArticleImage> images,
        List<String> paragraphs,
        String bodyHtml,
        Map<String, String> metadataSources) implements Extraction {

    /** Bumped whenever the cleaner's output changes, so re-cleaning can tell old rows from new ones. */
    public static final String EXTRACTOR_VERSION = "0.1.0";

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        images = images == null ? List.of() : List.copyOf(images);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        metadataSources = metadataSources == null ? Map.of() : Map.copyOf(metadataSources);
    }

    /** The body as plain text: paragraphs separated by a blank line. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    public int wordCount() {
        return TextNormalizer.wordCount(bodyText());
    }

    /** SHA-256 of the body text: the story's key where a page has no URL, and the exact-duplicate signal. */
    public String contentHash() {
        return dev.newsbatch.page.RawPage.sha256Hex(bodyText());
    }
}
