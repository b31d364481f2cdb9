package dev.newsbatch.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, forgiving JSON reader for the JSON-LD blocks pages embed. Pages get JSON wrong in a few common ways (raw
 * line breaks inside strings, trailing commas, HTML comments or CDATA around the block, several objects one after the
 * other), so this reader accepts those instead of giving up on the whole block. Values come back as plain Java:
 * {@code Map<String,Object>} (insertion order kept), {@code List<Object>}, {@code String}, {@code Double},
 * {@code Boolean} or {@code null}. Stateless and thread-safe.
 *
 * <pre>{@code Optional<Object> value = LenientJson.parse("{\"headline\": \"x\"}");}</pre>
 */
public final class LenientJson {

    /** A block nested deeper than this is not metadata; it guards the recursion against hostile input. */
    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private LenientJson(String s) {
        this.s = s;
    }

    /**
     * Parses one block. Several top-level values one after the other come back as a list; text that holds no JSON
     * value at all gives empty.
     */
    public static Optional<Object> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "").replace("-->", "");
        LenientJson reader = new LenientJson(cleaned);
        List<Object> values = new ArrayList<>();
        try {
            while (true) {
                reader.skipJunk();
                if (reader.pos >= reader.s.length()) {
                    break;
                }
                values.add(reader.value(0));
            }
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // keep what was read before the damage
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.size() == 1 ? values.get(0) : values);
    }

    /** Skips white space, separators and anything before the next object or array (e.g. a stray "var x ="). */
    private void skipJunk() {
        while (pos < s.length() && s.charAt(pos) != '{' && s.charAt(pos) != '[') {
            pos++;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        skipSpace();
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
            case '\'':
                return string(c);
            default:
                return bare();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpaceAndCommas();
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return map;
            }
            String key = c == '"' || c == '\'' ? string(c) : String.valueOf(bare());
            skipSpace();
            if (s.charAt(pos) == ':') {
                pos++;
            }
            map.put(key, value(depth + 1));
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpaceAndCommas();
            if (s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            list.add(value(depth + 1));
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    /** A number, true, false, null, or an unquoted word: read up to the next delimiter. */
    private Object bare() {
        int start = pos;
        while (pos < s.length() && ",:}] \t\r\n".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        String word = s.substring(start, pos);
        if (word.isEmpty()) {
            throw new IllegalStateException("unexpected " + s.charAt(pos) + " at " + pos);
        }
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return Double.valueOf(word);
                } catch (NumberFormatException e) {
                    return word;
                }
        }
    }

    private void skipSpace() {
        while (Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private void skipSpaceAndCommas() {
        while (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == ',') {
            pos++;
        }
    }
}
