package io.switchboard.core.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One language of an article.
 *
 * @param phrasings other ways members ask the question the article answers; managers add the ones
 *     they see in the wild so the engine recognises them
 */
public record ArticleText(
        @NotBlank @Size(max = 255) String title,
        @NotBlank @Size(max = 20_000) String body,
        List<@NotBlank @Size(max = 500) String> phrasings) {

    public ArticleText {
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }
}
