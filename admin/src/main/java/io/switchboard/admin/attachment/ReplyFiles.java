package io.switchboard.admin.attachment;

import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.AttachmentsProperties;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.inbound.Attachment;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The files staff add to a reply: offered only where the thread's channel sends files (the e-mail channel), and
 * kept by {@link Attachments} under the same limits and by-bytes type check as the help center's uploads.
 */
@Component
public class ReplyFiles {

    /** What the file picker offers: what {@link Attachments} keeps, so the picker never offers a refused type. */
    private static final String ACCEPT = "image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf";

    private final ObjectProvider<ChannelGateway> gateways;
    private final Attachments attachments;
    private final AttachmentsProperties limits;

    ReplyFiles(ObjectProvider<ChannelGateway> gateways, Attachments attachments, AttachmentsProperties limits) {
        this.gateways = gateways;
        this.attachments = attachments;
        this.limits = limits;
    }

    /** Whether a reply in this conversation may carry files: the channel's gateway is on and sends them. */
    public boolean sendable(Channel channel, String conversationKey) {
        return gateways.orderedStream()
                .anyMatch(gateway -> gateway.channel() == channel && gateway.sendsAttachments(conversationKey));
    }

    /** The file input's {@code accept}. */
    public String accept() {
        return ACCEPT;
    }

    public int maxFiles() {
        return limits.maxFiles();
    }

    public long maxMegabytes() {
        return Math.max(1, limits.maxBytes().toMegabytes());
    }

    /**
     * Checks and stores the files, all or none, as the thread's attachments name them.
     *
     * @throws io.switchboard.core.attachment.AttachmentRefusedException when one is refused; nothing is stored
     */
    public List<Attachment> store(List<UploadedFile> files, String staff) {
        if (files.isEmpty()) {
            return List.of();
        }
        return attachments.storeAll(files, staff).stream().map(StoredAttachment::reference).toList();
    }
}
