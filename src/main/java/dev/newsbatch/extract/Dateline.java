package dev.newsbatch.extract;

/**
 * The opening "PLACE, Date (Agency) --" of wire copy, cut from the first paragraph.
 *
 * @param raw      exactly as it stood, including its dash, e.g. {@code "BEIJING, Jan. 3 (Xinhua) --"}
 * @param location the place in normal case, e.g. {@code "Beijing"}
 * @param agency   the agency named in the dateline, or null
 * @param dateText the date text of the dateline, e.g. {@code "Jan. 3"}, or null
 */
public record Dateline(String raw, String location, String agency, String dateText) {
}
