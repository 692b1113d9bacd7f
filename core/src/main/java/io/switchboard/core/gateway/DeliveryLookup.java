package io.switchboard.core.gateway;

import java.util.Objects;

/**
 * What a platform says about a message whose send was interrupted (the sender died between the
 * call and recording its outcome), or an announcement copy whose publication was: whether the
 * platform has it.
 *
 * @param receipt the platform's copy when {@link Verdict#DELIVERED}; null otherwise
 */
public record DeliveryLookup(Verdict verdict, DeliveryReceipt receipt) {

    public enum Verdict {
        /** The platform has the message: record it as sent with this receipt, do not send it again. */
        DELIVERED,
        /** The platform answered and has no such message: sending it is safe. */
        NOT_DELIVERED,
        /** The platform offers no way to tell (Telegram's Bot API has no history): sending may duplicate. */
        CANNOT_TELL
    }

    public static final DeliveryLookup NOT_DELIVERED = new DeliveryLookup(Verdict.NOT_DELIVERED, null);
    public static final DeliveryLookup CANNOT_TELL = new DeliveryLookup(Verdict.CANNOT_TELL, null);

    public DeliveryLookup {
        Objects.requireNonNull(verdict, "verdict");
        if ((verdict == Verdict.DELIVERED) != (receipt != null)) {
            throw new IllegalArgumentException("a receipt comes with DELIVERED and with nothing else");
        }
    }

    public static DeliveryLookup delivered(DeliveryReceipt receipt) {
        return new DeliveryLookup(Verdict.DELIVERED, Objects.requireNonNull(receipt, "receipt"));
    }
}
