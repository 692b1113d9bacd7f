package io.switchboard.core.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A knowledge-base article as managers write it and the answer engine reads it: the value behind
 * the {@link Article} entity, the API body, the default-knowledge-base file format and the
 * revision snapshot.
 *
 * @param key stable identifier, lower-case words joined by dashes ({@code withdrawal-pending})
 * @param variants the article in each language, keyed by language code ({@code zh}, {@code en})
 */
public record ArticleContent(
        @NotBlank @Size(max = 100) @Pattern(regexp = KEY_PATTERN,
                message = "must be lower-case letters and digits joined by dashes") String key,
        @NotNull TicketCategory category,
        List<@NotBlank @Size(max = 64) String> tags,
        @NotEmpty Map<@Pattern(regexp = LANGUAGE_PATTERN,
                message = "must be a two-letter language code") String, @NotNull @Valid ArticleText> variants) {

    public static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String LANGUAGE_PATTERN = "[a-z]{2}";

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        variants = variants == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(variants));
    }

    /** The variant in {@code language}, else English, else any: an article always answers something. */
    public ArticleText variant(String language) {
        ArticleText exact = variants.get(language);
        if (exact != null) {
            return exact;
        }
        ArticleText english = variants.get("en");
        return english != null ? english : variants.values().iterator().next();
    }
}
