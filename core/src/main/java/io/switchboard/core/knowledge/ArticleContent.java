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
 * @param key stable identifier, lower-case words joined by dashes ({@code withdrawal-pending}); also the
 *     article's address in the help center ({@code /help/articles/withdrawal-pending})
 * @param variants the article in each language, keyed by language code ({@code zh}, {@code en})
 * @param section where the help center files it within its category ({@code withdrawals}), or null for
 *     the category's general section
 * @param promoted shown on the help center's home page
 * @param status a draft is for staff only: the answer engine and the help center see published articles;
 *     null (a body or snapshot written before drafts existed) means published
 */
public record ArticleContent(
        @NotBlank @Size(max = 100) @Pattern(regexp = KEY_PATTERN,
                message = "must be lower-case letters and digits joined by dashes") String key,
        @NotNull TicketCategory category,
        List<@NotBlank @Size(max = 64) String> tags,
        @NotEmpty Map<@Pattern(regexp = LANGUAGE_PATTERN,
                message = "must be a two-letter language code") String, @NotNull @Valid ArticleText> variants,
        @Size(max = 64) @Pattern(regexp = KEY_PATTERN,
                message = "must be lower-case letters and digits joined by dashes") String section,
        boolean promoted,
        ArticleStatus status) {

    public static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String LANGUAGE_PATTERN = "[a-z]{2}";

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        variants = variants == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(variants));
        status = status == null ? ArticleStatus.PUBLISHED : status;
    }

    /** A published article in its category's general section, not promoted. */
    public ArticleContent(String key, TicketCategory category, List<String> tags, Map<String, ArticleText> variants) {
        this(key, category, tags, variants, null, false, ArticleStatus.PUBLISHED);
    }

    /** Whether members see it: the answer engine answers with it, the help center shows it. */
    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
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
