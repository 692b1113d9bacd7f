package io.switchboard.helpcenter.article;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the help center's knowledge base is browsed ({@code switchboard.helpcenter.*}). The sections articles
 * are filed in are core's ({@link io.switchboard.core.knowledge.SectionsProperties}): the console's editor
 * suggests them too.
 *
 * @param pageCacheSize article pages (one per article and language) kept rendered
 * @param votesPerHour "was this helpful?" votes one network address may send in an hour: a vote needs no
 *     account, and each new visitor is a new voter, so a script could otherwise tilt an article's ratio
 */
@Validated
@ConfigurationProperties("switchboard.helpcenter")
public record BrowseProperties(
        @Min(1) @DefaultValue("2000") int pageCacheSize,
        @Min(1) @DefaultValue("60") int votesPerHour) {
}
