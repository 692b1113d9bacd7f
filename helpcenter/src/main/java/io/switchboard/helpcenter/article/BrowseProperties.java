package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.ticket.TicketCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the help center's knowledge base is browsed ({@code switchboard.helpcenter.*}).
 *
 * @param sections each category's sections, in the order shown; a category not named keeps its default
 *     sections ({@link DefaultSections})
 * @param pageCacheSize article pages (one per article and language) kept rendered
 * @param votesPerHour "was this helpful?" votes one network address may send in an hour: a vote needs no
 *     account, and each new visitor is a new voter, so a script could otherwise tilt an article's ratio
 */
@Validated
@ConfigurationProperties("switchboard.helpcenter")
public record BrowseProperties(
        Map<TicketCategory, @NotEmpty List<@Valid SectionSetting>> sections,
        @Min(1) @DefaultValue("2000") int pageCacheSize,
        @Min(1) @DefaultValue("60") int votesPerHour) {

    public BrowseProperties {
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
