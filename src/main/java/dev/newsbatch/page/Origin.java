package dev.newsbatch.page;

/** Where a raw page came from; stored in {@code raw_page.origin} by its {@link #code()}. */
public enum Origin {
    CRAWL("crawl"),
    WARC("warc"),
    FILE("file"),
    /** A text dump made by another scraper: lines of text, not HTML. */
    TEXT("text");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Origin fromCode(String code) {
        for (Origin origin : values()) {
            if (origin.code.equals(code)) {
                return origin;
            }
        }
        throw new IllegalArgumentException("unknown origin: " + code);
    }
}
