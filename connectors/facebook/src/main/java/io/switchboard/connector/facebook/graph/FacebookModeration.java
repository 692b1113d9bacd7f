package io.switchboard.connector.facebook.graph;

import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.core.gateway.DeliveryException;
import org.springframework.stereotype.Component;

/**
 * Moderation of comments on the page, for the admin console. Hiding keeps a comment visible to
 * its author and their friends only; deleting removes it for everyone. Each call is synchronous
 * and throws {@link DeliveryException} when Facebook refuses, with the same kinds as replies
 * (rate limited, transient, permanent). The bean exists only when the Facebook connector is on.
 */
@Component
@ConditionalOnFacebook
public class FacebookModeration {

    private final GraphApi graph;

    FacebookModeration(GraphApi graph) {
        this.graph = graph;
    }

    /** {@code POST /{comment-id}} with {@code is_hidden=true}. */
    public void hideComment(String commentId) {
        graph.setHidden(commentId, true);
    }

    /** {@code POST /{comment-id}} with {@code is_hidden=false}. */
    public void unhideComment(String commentId) {
        graph.setHidden(commentId, false);
    }

    /** {@code DELETE /{comment-id}}. */
    public void deleteComment(String commentId) {
        graph.delete(commentId);
    }
}
