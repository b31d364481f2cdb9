package dev.newsbatch.store;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns values into the text of {@code jsonb} columns. */
final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T fromJson(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    static <T> T fromJson(String json, TypeReference<T> type) {
        return JSON.readValue(json, type);
    }
}
