package dev.newsbatch.extract;

/** An image of the story; any field may be null. Photo credits live here, never among the authors. */
public record ArticleImage(String caption, String credit, String src) {
}
