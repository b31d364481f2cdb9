package dev.newsbatch.extract.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire services a story can credit, by the spellings they appear under ("Associated Press" → "AP",
 * "/PRNewswire/" → "PR Newswire"). The list is data, read once from {@code agencies.tsv} beside this class; add a
 * spelling there, not here. Immutable and thread-safe.
 *
 * <pre>{@code Agencies.lookup("(Xinhua)")  // Optional[Xinhua]}</pre>
 */
public final class Agencies {

    private static final String RESOURCE = "agencies.tsv";

    /** Brackets, slashes, a final period and spaces around an agency name as datelines and credits wrap it. */
    private static final Pattern WRAPPING = Pattern.compile("^[\\s/(\\[]+|[\\s/)\\].:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Lower-case spelling → canonical name. */
    private static final Map<String, String> BY_SPELLING = load();

    private Agencies() {
    }

    /** The agency's canonical name for a spelling of it ("the associated press" → "AP"), or empty if none. */
    public static Optional<String> lookup(String text) {
        return Optional.ofNullable(canonicalName(text));
    }

    /** The agency's canonical name for a spelling of it, or null if the text names no agency. */
    public static String canonicalName(String text) {
        return text == null ? null : BY_SPELLING.get(key(text));
    }

    public static boolean isAgency(String text) {
        return canonicalName(text) != null;
    }

    private static String key(String text) {
        String unwrapped = WRAPPING.matcher(text).replaceAll("");
        return SPACES.matcher(unwrapped).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> bySpelling = new HashMap<>();
        try (InputStream in = Agencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the agency list " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                String canonical = columns[0].trim();
                bySpelling.put(key(canonical), canonical);
                if (columns.length > 1) {
                    for (String spelling : columns[1].split("\\|")) {
                        bySpelling.put(key(spelling), canonical);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agency list " + RESOURCE, e);
        }
        return Map.copyOf(bySpelling);
    }
}
