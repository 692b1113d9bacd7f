package io.switchboard.helpcenter.request;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the form sent it, nothing checked yet.
 *
 * @param category where it belongs: a category's slug ({@code trading}) or a section's value ({@code trading/futures})
 * @param fields the category's own fields by {@link RequestField#param()}; other parameters are ignored
 * @param email a visitor's address; ignored for a signed-in member
 * @param suggested the keys of the articles the form showed as "these may answer your question"
 * @param article the key of the article the person came from ("still need help?"), or null
 */
record RequestDraft(String category, String subject, String description, Map<String, String> fields, String email,
        List<String> suggested, String article) {

    RequestDraft {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(fields));
        suggested = suggested == null ? List.of() : List.copyOf(suggested);
    }
}
