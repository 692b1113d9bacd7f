package io.switchboard.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The mapper for JSON that Switchboard stores in its database: audit states, article snapshots, the
 * guard's rules. It is Boot's mapper (its modules: Java time, {@code Optional}, parameter names)
 * copied, with the settings a stored document's shape depends on fixed, because {@code spring.jackson.*}
 * is there to shape the web API's JSON and must not change, or stop reading, what is already stored:
 * dates as ISO text, durations as seconds, every property under its own name, nulls written, one
 * line, and a document with a property this version does not know is refused rather than half read.
 */
public final class StoredJson {

    private StoredJson() {
    }

    /** @param application the application's (Boot's) mapper; it is copied, not changed */
    public static ObjectMapper mapper(ObjectMapper application) {
        ObjectMapper stored = application.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
        stored.setPropertyNamingStrategy(null);
        return stored;
    }
}
