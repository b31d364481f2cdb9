package dev.newsbatch.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads job definitions ({@code jobs/*.yml}). Strict: an unknown key or a bad value fails at once with a message naming
 * the file, the key and what is wrong, because a typo in a cron-run definition would otherwise go unnoticed for weeks.
 */
public final class SiteDefinitionLoader {

    /** Every key a definition may have; see jobs/README.md. */
    static final Set<String> KEYS = Set.of("name", "seeds", "feeds", "sitemaps", "allowed-hosts", "article-url",
            "follow-url", "max-depth", "max-pages", "politeness-ms", "user-agent", "time-zone", "language", "remove",
            "body", "allow-private-addresses", "refresh-after");

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Loads one definition file. */
    public SiteDefinition load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SiteDefinitionException(file + ": cannot read the job definition: " + e.getMessage());
        }
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new SiteDefinitionException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new SiteDefinitionException(file + ": a job definition must be a mapping of keys to values");
        }
        return new Reader(file, map).definition();
    }

    /** Loads every {@code *.yml} in a folder, by name; an absent folder gives none. */
    public Map<String, SiteDefinition> loadAll(Path folder) {
        Map<String, SiteDefinition> byName = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return byName;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted().toList()) {
                SiteDefinition definition = load(file);
                byName.put(definition.name(), definition);
            }
        } catch (IOException e) {
            throw new SiteDefinitionException(folder + ": cannot list job definitions: " + e.getMessage());
        }
        return byName;
    }

    /** Reads the values of one file's mapping, each checked, each error naming file and key. */
    private static final class Reader {
        private final Path file;
        private final Map<?, ?> map;

        Reader(Path file, Map<?, ?> map) {
            this.file = file;
            this.map = map;
        }

        SiteDefinition definition() {
            Set<String> unknown = new TreeSet<>();
            for (Object key : map.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    unknown.add(String.valueOf(key));
                }
            }
            if (!unknown.isEmpty()) {
                throw fail(unknown.iterator().next(), "unknown key (known keys: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
            String name = string("name", null);
            if (name == null) {
                throw fail("name", "missing; every job definition needs a name");
            }
            if (!NAME.matcher(name).matches()) {
                throw fail("name", "'" + name + "' must be letters, digits, '.', '_' or '-'");
            }
            return new SiteDefinition(
                    name,
                    list("seeds", v -> uri("seeds", v)),
                    list("feeds", v -> uri("feeds", v)),
                    list("sitemaps", v -> uri("sitemaps", v)),
                    list("allowed-hosts", v -> v.toLowerCase(Locale.ROOT)),
                    pattern("article-url"),
                    pattern("follow-url"),
                    positiveInt("max-depth", SiteDefinition.DEFAULT_MAX_DEPTH, true),
                    positiveInt("max-pages", SiteDefinition.DEFAULT_MAX_PAGES, false),
                    positiveInt("politeness-ms", SiteDefinition.DEFAULT_POLITENESS_MS, true),
                    string("user-agent", SiteDefinition.DEFAULT_USER_AGENT),
                    zone(),
                    language(),
                    list("remove", v -> selector("remove", v)),
                    selectorOrNull("body"),
                    bool("allow-private-addresses"),
                    duration("refresh-after"));
        }

        private SiteDefinitionException fail(String key, String problem) {
            return new SiteDefinitionException(file + ": " + key + ": " + problem);
        }

        private String string(String key, String fallback) {
            Object value = map.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Map || value instanceof List) {
                throw fail(key, "must be a single value, not " + (value instanceof Map ? "a mapping" : "a list"));
            }
            String text = String.valueOf(value).trim();
            if (text.isEmpty()) {
                throw fail(key, "must not be empty");
            }
            return text;
        }

        private <T> List<T> list(String key, Function<String, T> convert) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            List<?> items = value instanceof List<?> l ? l : List.of(value);
            List<T> out = new ArrayList<>();
            for (Object item : items) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw fail(key, "each entry must be a single value");
                }
                out.add(convert.apply(String.valueOf(item).trim()));
            }
            return out;
        }

        private URI uri(String key, String value) {
            try {
                URI uri = new URI(value);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw fail(key, "'" + value + "' is not an http(s) URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw fail(key, "'" + value + "' is not a URL: " + e.getReason());
            }
        }

        private Pattern pattern(String key) {
            String value = string(key, null);
            if (value == null) {
                return null;
            }
            try {
                return Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw fail(key, "'" + value + "' is not a regular expression: " + e.getDescription());
            }
        }

        private int positiveInt(String key, int fallback, boolean zeroAllowed) {
            Object value = map.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Integer number) || number < 0 || number == 0 && !zeroAllowed) {
                throw fail(key, "'" + value + "' must be a whole number " + (zeroAllowed ? "of 0 or more" : "above 0"));
            }
            return number;
        }

        private boolean bool(String key) {
            Object value = map.get(key);
            if (value == null) {
                return false;
            }
            if (!(value instanceof Boolean flag)) {
                throw fail(key, "'" + value + "' must be true or false");
            }
            return flag;
        }

        private ZoneId zone() {
            String value = string("time-zone", null);
            if (value == null) {
                return null;
            }
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw fail("time-zone", "'" + value + "' is not a time zone (use a name like Asia/Shanghai or an offset like +08:00)");
            }
        }

        private String language() {
            String value = string("language", null);
            if (value != null && !LANGUAGE_CODE.matcher(value).matches()) {
                throw fail("language", "'" + value + "' must be an ISO 639 code such as en, de or zh");
            }
            return value;
        }

        private String selector(String key, String value) {
            try {
                QueryParser.parse(value);
                return value;
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw fail(key, "'" + value + "' is not a CSS selector: " + e.getMessage());
            }
        }

        private String selectorOrNull(String key) {
            String value = string(key, null);
            return value == null ? null : selector(key, value);
        }

        private Duration duration(String key) {
            String value = string(key, null);
            if (value == null) {
                return null;
            }
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw fail(key, "'" + value + "' is not an ISO-8601 duration such as PT6H or P7D");
            }
        }
    }
}
