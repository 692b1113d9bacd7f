package io.switchboard.admin.verify;

import io.switchboard.verify.registry.InvalidOfficialEntryException;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * Puts the registry's refusal beside the field it names. The registry words its reason in English
 * only, so the page leads it with "Not saved:" in the reader's language; a field the form does not
 * have (a refusal of the entry as a whole) goes above the form.
 */
final class OfficialChannelRefusals {

    static final Set<String> FIELDS = Set.of("kind", "value", "label", "staffName", "region", "hours", "languages",
            "purpose");

    private OfficialChannelRefusals() {
    }

    static void reject(InvalidOfficialEntryException refused, BindingResult errors) {
        Object[] why = {refused.getMessage()};
        if (refused.field() != null && FIELDS.contains(refused.field())) {
            errors.rejectValue(refused.field(), "console.official.refused", why, refused.getMessage());
        } else {
            errors.reject("console.official.refused", why, refused.getMessage());
        }
    }
}
