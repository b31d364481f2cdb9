package dev.newsbatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article while the phases of extraction fill it in. Each metadata setter records the signal that won, so a wrong
 * value can be traced to where it came from. Not thread-safe: one draft per page.
 */
public final class ArticleDraft {

    private String url;
    private String canonicalUrl;
    private String title;
    private final List<String> authors = new ArrayList<>();
    private String byline;
    private String agency;
    private Dateline dateline;
    private PublishedTime published;
    private PublishedTime modified;
    private String language;
    private String description;
    private String section;
    private String siteName;
    private final List<ArticleImage> images = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private String bodyHtml;
    private final Map<String, String> sources = new LinkedHashMap<>();

    public ArticleDraft url(String url) {
        this.url = url;
        return this;
    }

    public ArticleDraft canonicalUrl(String value, String signal) {
        this.canonicalUrl = record("canonical_url", value, signal);
        return this;
    }

    public ArticleDraft title(String value, String signal) {
        this.title = record("title", value, signal);
        return this;
    }

    public ArticleDraft authors(List<String> names, String signal) {
        authors.clear();
        authors.addAll(names);
        record("authors", names.isEmpty() ? null : String.join("; ", names), signal);
        return this;
    }

    public ArticleDraft byline(String value, String signal) {
        this.byline = record("byline", value, signal);
        return this;
    }

    public ArticleDraft agency(String value, String signal) {
        this.agency = record("agency", value, signal);
        return this;
    }

    public ArticleDraft dateline(Dateline value, String signal) {
        this.dateline = value;
        record("dateline", value == null ? null : value.raw(), signal);
        return this;
    }

    public ArticleDraft published(PublishedTime value, String signal) {
        this.published = value;
        record("published_at", value == null ? null : value.raw(), signal);
        return this;
    }

    public ArticleDraft modified(PublishedTime value, String signal) {
        this.modified = value;
        record("modified_at", value == null ? null : value.raw(), signal);
        return this;
    }

    public ArticleDraft language(String value, String signal) {
        this.language = record("language", value, signal);
        return this;
    }

    public ArticleDraft description(String value, String signal) {
        this.description = record("description", value, signal);
        return this;
    }

    public ArticleDraft section(String value, String signal) {
        this.section = record("section", value, signal);
        return this;
    }

    public ArticleDraft siteName(String value, String signal) {
        this.siteName = record("site_name", value, signal);
        return this;
    }

    public ArticleDraft addImage(ArticleImage image) {
        images.add(image);
        return this;
    }

    public ArticleDraft paragraphs(List<String> body) {
        paragraphs.clear();
        paragraphs.addAll(body);
        return this;
    }

    public ArticleDraft bodyHtml(String html) {
        this.bodyHtml = html;
        return this;
    }

    public String url() { return url; }
    public String canonicalUrl() { return canonicalUrl; }
    public String title() { return title; }
    public List<String> authors() { return authors; }
    public String byline() { return byline; }
    public String agency() { return agency; }
    public Dateline dateline() { return dateline; }
    public PublishedTime published() { return published; }
    public PublishedTime modified() { return modified; }
    public String language() { return language; }
    public List<ArticleImage> images() { return images; }
    /** The live list of body paragraphs; phases edit it in place. */
    public List<String> paragraphs() { return paragraphs; }
    public String bodyHtml() { return bodyHtml; }

    public Article build() {
        return new Article(url, canonicalUrl, title, authors, byline, agency, dateline, published, modified, language,
                description, section, siteName, images, paragraphs, bodyHtml, sources);
    }

    /** Remembers which signal gave a field its value; a null value clears the record. */
    private <T> T record(String field, T value, String signal) {
        if (value == null) {
            sources.remove(field);
        } else {
            sources.put(field, signal);
        }
        return value;
    }
}
