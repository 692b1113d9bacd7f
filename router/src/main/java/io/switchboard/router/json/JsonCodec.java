package io.switchboard.router.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.json.StoredJson;
import org.springframework.stereotype.Component;

/**
 * JSON the router stores or publishes: inbound payloads, attachments, ticket events. It writes with
 * the stored format ({@link StoredJson}: Boot's mapper with the shape of stored documents pinned), so
 * that a change to the web API's JSON settings never changes what is stored or what queue consumers
 * read; instants are ISO-8601 strings. Unlike the audit log's documents, a payload may carry
 * properties this version does not read (a platform's new fields, a newer event), which are skipped.
 */
@Component
public class JsonCodec {

    private final ObjectMapper mapper;

    public JsonCodec(ObjectMapper application) {
        this.mapper = StoredJson.mapper(application).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored JSON is not a valid " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }
}
