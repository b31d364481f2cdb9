package dev.newsbatch.extract;

/** Names of the signals a metadata value can come from, as recorded in {@code article.metadata_sources}. */
public final class Signal {
    public static final String JSON_LD = "json-ld";
    public static final String OPEN_GRAPH = "opengraph";
    public static final String META_TAG = "meta";
    public static final String MICRODATA = "microdata";
    public static final String TIME_ELEMENT = "time";
    public static final String TITLE_TAG = "title-tag";
    public static final String HEADING = "h1";
    public static final String VISIBLE_BYLINE = "byline";
    /** A date written in the page's visible text (a date line under the headline), not in markup. */
    public static final String VISIBLE_DATE = "visible-date";
    public static final String DATELINE = "dateline";
    /** A value in a page's JSON data block (a {@code <script type="application/json">} the page hydrates from). */
    public static final String SCRIPT_DATA = "script-data";
    public static final String URL = "url";
    public static final String JOB_DEFINITION = "job-definition";
    /** The header lines of a text dump (title line, "From: X | date" line). */
    public static final String TEXT_HEADER = "text-header";
    public static final String DETECTED = "detected";

    private Signal() {
    }
}
