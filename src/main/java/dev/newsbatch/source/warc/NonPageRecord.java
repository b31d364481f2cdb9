package dev.newsbatch.source.warc;

/**
 * A kind of WARC record that holds no page, so an import counts it and goes on, without a {@code rejected_page} row:
 * these records describe a capture (the request sent, crawler metadata, the archive itself) rather than being one, and
 * a row for each would bury the rejections a user needs to read under thousands that say nothing about any page.
 */
public enum NonPageRecord {
    /** The HTTP request a crawler sent: its page, if any, is the response record beside it. */
    REQUEST("request"),
    /** Crawler metadata about another record (outlinks, fetch times). */
    METADATA("metadata"),
    /** Describes the archive file itself (software, operator). */
    WARCINFO("warcinfo"),
    /**
     * A capture whose payload is another record's (identical-payload-digest) or was not sent again (server not
     * modified): it carries no body, and the payload it refers to is imported, or rejected, from its own record.
     */
    REVISIT("revisit"),
    /** A response that is no HTTP exchange, such as Heritrix's {@code dns:} lookups. */
    NON_HTTP_RESPONSE("non_http_response"),
    /** Continuation, conversion and unknown record types. */
    OTHER("other");

    private final String code;

    NonPageRecord(String code) {
        this.code = code;
    }

    /** The short stable name used in summaries and the step's execution context. */
    public String code() {
        return code;
    }
}
