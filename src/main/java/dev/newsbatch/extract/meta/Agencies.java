package dev.newsbatch.extract.meta;

import java.util.Locale;
import java.util.Map;

/** The wire services a story can credit, by the spellings they appear under. */
public final class Agencies {

    private static final Map<String, String> BY_SPELLING = Map.ofEntries(
            Map.entry("xinhua", "Xinhua"), Map.entry("reuters", "Reuters"), Map.entry("ap", "AP"),
            Map.entry("afp", "AFP"), Map.entry("dpa", "dpa"), Map.entry("efe", "EFE"), Map.entry("prnewswire", "PRNewswire"));

    private Agencies() {
    }

    public static boolean isAgency(String text) {
        return BY_SPELLING.containsKey(key(text));
    }

    /** The agency's usual name for a spelling of it, or null if the text names no agency. */
    public static String canonicalName(String text) {
        return BY_SPELLING.get(key(text));
    }

    private static String key(String text) {
        return text.trim().replaceAll("^[/(]+|[/)]+$", "").toLowerCase(Locale.ROOT);
    }
}
