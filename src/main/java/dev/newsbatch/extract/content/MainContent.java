package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ArticleImage;
import java.util.List;

/**
 * The story's body as found in a page.
 *
 * @param paragraphs one entry per block of the body (paragraph, subheading, list item, quote)
 * @param html       the body as minimal HTML
 * @param images     images inside the body, with their captions and credits
 * @param leadParagraphs how many of the first paragraphs are the story's lead (standfirst) read from above its
 *                   container; the story's own first paragraph, where a dateline stands, follows them
 */
public record MainContent(List<String> paragraphs, String html, List<ArticleImage> images, int leadParagraphs) {

    public MainContent {
        paragraphs = List.copyOf(paragraphs);
        images = List.copyOf(images);
    }

    public MainContent(List<String> paragraphs, String html, List<ArticleImage> images) {
        this(paragraphs, html, images, 0);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
