package io.switchboard.connector.facebook.webhook;

/** A signed webhook body that is not a webhook object: answered with 400. */
class MalformedWebhookException extends Exception {

    MalformedWebhookException(String message) {
        super(message);
    }
}
