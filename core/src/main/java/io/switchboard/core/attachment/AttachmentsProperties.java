package io.switchboard.core.attachment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on the files users attach ({@code switchboard.attachments.*}).
 *
 * @param maxFiles how many files one message may carry
 * @param maxBytes how large each file may be, as sent (before metadata is stripped)
 */
@Validated
@ConfigurationProperties("switchboard.attachments")
public record AttachmentsProperties(
        @Min(1) @DefaultValue("5") int maxFiles,
        @NotNull @DefaultValue("5MB") DataSize maxBytes) {

    public AttachmentsProperties {
        if (maxBytes != null && maxBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("switchboard.attachments.max-bytes must be positive, was " + maxBytes);
        }
    }
}
