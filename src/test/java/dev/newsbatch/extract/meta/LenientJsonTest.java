package dev.newsbatch.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

    @Test
    void readsStrictJson() {
        Map<?, ?> m = (Map<?, ?>) LenientJson.parse("{\"a\": [1, true, null, \"x\\u00e9\"]}").orElseThrow();
        assertEquals(List.of(1.0, true, "xé"), ((List<?>) m.get("a")).stream().filter(v -> v != null).toList());
    }

    @Test
    void toleratesWhatPagesGetWrong() {
        String broken = "<!--//--><![CDATA[//><!--\n{\"headline\": \"Line one\nline two\", \"author\": [{\"name\": \"A\"},],}\n//--><!]]>";
        Map<?, ?> m = (Map<?, ?>) LenientJson.parse(broken).orElseThrow();
        assertEquals("Line one\nline two", m.get("headline"));
        assertEquals(1, ((List<?>) m.get("author")).size());
    }

    @Test
    void severalTopLevelObjectsBecomeAList() {
        Object v = LenientJson.parse("{\"a\":1}\n{\"b\":2}").orElseThrow();
        assertEquals(2, ((List<?>) v).size());
    }

    @Test
    void keepsWhatWasReadBeforeTruncation() {
        Object v = LenientJson.parse("[{\"a\":1}, {\"b\": \"cut").orElse(null);
        assertTrue(v == null || v instanceof List<?> || v instanceof Map<?, ?>);
        assertTrue(LenientJson.parse("no json at all").isEmpty());
    }
}
