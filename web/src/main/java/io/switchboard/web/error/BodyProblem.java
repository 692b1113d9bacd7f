package io.switchboard.web.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** What was wrong with a request body that could not be read, in words for the API's client. */
final class BodyProblem {

    private BodyProblem() {
    }

    static String describe(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "the request body has an invalid value for '" + path(mapping) + "'";
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation() != JsonLocation.NA) {
            JsonLocation at = json.getLocation();
            return "the request body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return "the request body is missing or not valid JSON for this resource";
    }

    /** {@code items[2].title}: the field names and array indexes down to the bad value. */
    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
