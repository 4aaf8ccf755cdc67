package org.accord.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The JSON that carries Accord's domain records between Spark tasks: the records of {@code org.accord.core.model} as
 * Jackson writes them without annotations (see that package's documentation), dates as ISO text. A record written
 * and read back is equal to the original, so what an executor extracted is, on the next executor, the very same
 * {@link org.accord.core.model.Mention}. The mapper is thread-safe; one serves a JVM.
 */
final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ModelJson() {
    }

    /** The shared mapper, also used for the predictions format. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A record as JSON text. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A record read back from {@link #write}. */
    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }
}
