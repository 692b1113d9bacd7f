package io.switchboard.core.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the files users attach ({@code switchboard.attachments.*}). A form that takes files must let the
 * servlet container accept at least this much ({@code spring.servlet.multipart.*}), or the container refuses
 * the request before these checks can say what was wrong.
 *
 * @param maxFiles how many files one message may carry
 * @param maxBytes how large each file may be, as sent (before metadata is stripped)
 */
@ConfigurationProperties("switchboard.attachments")
public record AttachmentsProperties(@DefaultValue("5") int maxFiles, @DefaultValue("5MB") DataSize maxBytes) {

    public AttachmentsProperties {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("switchboard.attachments.max-files must be at least 1, was " + maxFiles);
        }
        if (maxBytes == null || maxBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("switchboard.attachments.max-bytes must be positive, was " + maxBytes);
        }
    }
}
