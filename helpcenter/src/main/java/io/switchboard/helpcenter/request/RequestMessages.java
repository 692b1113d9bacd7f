package io.switchboard.helpcenter.request;

import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request's messages as the pipeline takes them: channel WEB, the request's conversation as both
 * conversation and (private) chat, always addressed to the support desk. The filing carries the form
 * ({@link FiledRequest}), so it becomes a ticket; a later message joins that ticket like any member's.
 */
final class RequestMessages {

    private static final String PRIVATE = "private";

    private RequestMessages() {
    }

    /**
     * The filing: its event and message id are the conversation's own, so it is handed in once. Its text is
     * the subject over the description, as a forum topic's is its title over its body: the question is
     * both, for the answer engine's suggestions, the agent reading the thread and the phrasings learnt
     * from it.
     */
    static InboundMessage filing(HelpRequest request, Requester requester, String description,
            List<StoredAttachment> files, FiledRequest form, Instant at) {
        return message(request, request.conversationKey(), requester, form.subject() + "\n\n" + description, files,
                form, at);
    }

    static InboundMessage reply(HelpRequest request, Requester requester, String text, List<StoredAttachment> files,
            Instant at) {
        return message(request, request.conversationKey() + ":" + UUID.randomUUID(), requester, text, files, null, at);
    }

    private static InboundMessage message(HelpRequest request, String id, Requester requester, String text,
            List<StoredAttachment> files, FiledRequest form, Instant at) {
        String key = request.conversationKey();
        return new InboundMessage(Channel.WEB, id, id, key, new ChatRef(key, null, PRIVATE), requester.author(),
                InboundKind.MESSAGE, text, null, files.stream().map(StoredAttachment::reference).toList(), at, true,
                true, null, Map.of(), form);
    }
}
