package dev.newsbatch.job;

import java.nio.charset.StandardCharsets;

/** Pages near newsbatch's size limit, for the tests that a run of them stays within the heap. */
final class HugePages {

    static final int MB = 1024 * 1024;
    static final int PAGE_BYTES = 13 * MB;

    private HugePages() {
    }

    /** A page whose bulk is an inline script (data for the page's scripts), around a story of common length. */
    static byte[] scriptHeavy(int page) {
        StringBuilder html = new StringBuilder(PAGE_BYTES + 4096)
                .append("<html><head><title>Story ").append(page).append("</title>")
                .append("<script>window.__DATA__ = {\"page\": ").append(page).append(", \"items\": [");
        for (int item = 0; html.length() < PAGE_BYTES; item++) {
            html.append("{\"id\": ").append(item).append(", \"label\": \"item ").append(item).append(" of the feed\"},");
        }
        html.append("{}]};</script></head><body><article><h1>Story ").append(page).append("</h1>");
        for (int p = 0; p < 20; p++) {
            html.append("<p>Paragraph ").append(p).append(" of story ").append(page)
                    .append(" says what the council decided about the bridge, and what the residents said.</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A page whose bulk is the story's text: a book, not a news story. */
    static byte[] textHeavy(int page) {
        StringBuilder html = new StringBuilder(PAGE_BYTES + 4096)
                .append("<html><head><title>Story ").append(page).append("</title>")
                .append("</head><body><article><h1>Story ").append(page).append("</h1>");
        for (int p = 0; html.length() < PAGE_BYTES; p++) {
            html.append("<p>Paragraph ").append(p).append(" of story ").append(page)
                    .append(" tells, at some length, what the council decided about the bridge and the river.</p>\n");
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
