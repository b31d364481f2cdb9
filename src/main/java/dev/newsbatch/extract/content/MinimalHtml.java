package dev.newsbatch.extract.content;

import java.util.List;

/**
 * Writes story blocks as minimal HTML: p, h2-h4, ul/ol with li, blockquote, pre, and links inside them; consecutive
 * list items share a list.
 */
final class MinimalHtml {

    private MinimalHtml() {
    }

    static String write(List<TextBlock> blocks) {
        StringBuilder html = new StringBuilder();
        String openList = null;
        LinkTargets targets = new LinkTargets();
        for (TextBlock block : blocks) {
            String kind = block.kind();
            if (openList != null && (!kind.equals("li") || !openList.equals(block.listTag()))) {
                html.append("</").append(openList).append('>');
                openList = null;
            }
            String tag = switch (kind) {
                case "h1", "h2" -> "h2";
                case "h3" -> "h3";
                case "h4", "h5", "h6" -> "h4";
                case "li", "blockquote", "pre" -> kind;
                default -> "p";
            };
            if (tag.equals("li") && openList == null) {
                openList = block.listTag() == null ? "ul" : block.listTag();
                html.append('<').append(openList).append('>');
            }
            html.append('<').append(tag).append('>').append(block.resolvedHtml(targets))
                    .append("</").append(tag).append('>');
        }
        if (openList != null) {
            html.append("</").append(openList).append('>');
        }
        return html.toString();
    }
}
