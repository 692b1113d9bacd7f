package io.switchboard.core.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The sections articles are filed in ({@code switchboard.helpcenter.sections}). In core because the help
 * center lists articles by them and the console's editor suggests them, and neither surface depends on
 * the other.
 *
 * @param sections each category's sections, in the order shown; a category not named keeps its default
 *     sections ({@link DefaultSections})
 */
@Validated
@ConfigurationProperties("switchboard.helpcenter")
public record SectionsProperties(Map<TicketCategory, @NotEmpty List<@Valid SectionSetting>> sections) {

    public SectionsProperties {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }

    /**
     * One section as configured.
     *
     * @param titles its name by language code: {@code {en: Futures, zh: 合约交易}}
     */
    public record SectionSetting(
            @NotBlank @Pattern(regexp = ArticleContent.KEY_PATTERN,
                    message = "must be lower-case letters and digits joined by dashes") String slug,
            @NotEmpty Map<@Pattern(regexp = ArticleContent.LANGUAGE_PATTERN) String, @NotBlank String> titles) {
    }
}
