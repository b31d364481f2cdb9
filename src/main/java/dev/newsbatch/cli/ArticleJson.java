package dev.newsbatch.cli;

import dev.newsbatch.extract.Article;
import dev.newsbatch.extract.ArticleImage;
import dev.newsbatch.extract.Extraction;
import dev.newsbatch.extract.Rejected;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of what the cleaner made of a page, as {@code extract} prints it (and as every evaluation of the cleaner
 * reads it): keep the names and meanings stable; add fields at the end only.
 */
final class ArticleJson {

    private ArticleJson() {
    }

    static Map<String, Object> of(String id, String url, Extraction extraction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        if (extraction instanceof Article article) {
            json.put("url", article.url() != null ? article.url() : url);
            json.put("title", article.title());
            json.put("authors", article.authors());
            json.put("byline", article.byline());
            json.put("agency", article.agency());
            json.put("dateline", article.dateline() == null ? null : dateline(article));
            json.put("published_at", article.published() == null ? null : article.published().iso());
            json.put("modified_at", article.modified() == null ? null : article.modified().iso());
            json.put("language", article.language());
            json.put("images", article.images().stream().map(ArticleJson::image).toList());
            json.put("text", article.bodyText());
            json.put("canonical_url", article.canonicalUrl());
            json.put("site_name", article.siteName());
            json.put("section", article.section());
            json.put("description", article.description());
            json.put("sources", article.metadataSources());
            json.put("rejected", null);
        } else {
            Rejected rejected = (Rejected) extraction;
            json.put("url", url);
            json.put("title", null);
            json.put("authors", List.of());
            json.put("text", "");
            json.put("rejected", Map.of("reason", rejected.reason(), "detail", rejected.detail()));
        }
        return json;
    }

    private static Map<String, Object> dateline(Article article) {
        Map<String, Object> dateline = new LinkedHashMap<>();
        dateline.put("raw", article.dateline().raw());
        dateline.put("location", article.dateline().location());
        dateline.put("agency", article.dateline().agency());
        return dateline;
    }

    private static Map<String, Object> image(ArticleImage image) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caption", image.caption());
        json.put("credit", image.credit());
        json.put("src", image.src());
        return json;
    }
}
