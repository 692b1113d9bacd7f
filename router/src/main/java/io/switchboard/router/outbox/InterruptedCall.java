package io.switchboard.router.outbox;

import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking a platform about a call whose outcome was never recorded, for replies and announcement
 * copies alike. A lookup the platform refuses for good (no access to it on the app's plan) cannot
 * tell; one that fails otherwise is to be retried, so that nothing is sent blindly where the
 * platform could have told.
 */
public final class InterruptedCall {

    private static final Logger log = LoggerFactory.getLogger(InterruptedCall.class);

    private InterruptedCall() {
    }

    /**
     * @param what the entry or copy asked about, for the log ("Outbox entry 12")
     * @throws DeliveryException a failure to try again after (a gateway's unexpected exception as a transient one)
     */
    public static DeliveryLookup lookUp(Supplier<DeliveryLookup> lookup, String what) {
        try {
            return lookup.get();
        } catch (DeliveryException e) {
            if (e.kind() != DeliveryException.Kind.PERMANENT) {
                throw e;
            }
            log.warn("{}: looking up the interrupted call was refused ({})", what, e.getMessage());
            return DeliveryLookup.CANNOT_TELL;
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /** A gateway should only throw DeliveryException; anything else is retried like a transient failure. */
    public static DeliveryException unexpected(RuntimeException e) {
        return DeliveryException.transientFailure(e.toString(), e);
    }
}
