package dev.newsbatch.extract.content;

import dev.newsbatch.extract.ArticleImage;
import java.util.List;

/**
 * The story's body as found in a page.
 *
 * @param paragraphs one entry per block of the body (paragraph, subheading, list item, quote)
 * @param html       the body as minimal HTML
 * @param images     images inside the body, with their captions and credits
 */
public record MainContent(List<String> paragraphs, String html, List<ArticleImage> images) {

    public MainContent {
        paragraphs = List.copyOf(paragraphs);
        images = List.copyOf(images);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
