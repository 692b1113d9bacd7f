package io.switchboard.core.attachment;

/**
 * An upload Switchboard will not keep, with the reason as a message key and its arguments, so that the
 * form that received the files can say what was wrong in the user's language. Nothing was stored.
 */
public class AttachmentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    AttachmentRefusedException(String messageKey, String detail, Object... args) {
        super(detail);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** {@code attachment.type}, {@code attachment.size}, {@code attachment.empty} or {@code attachment.count}. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments: the file's name, the limit. */
    public Object[] args() {
        return args.clone();
    }
}
