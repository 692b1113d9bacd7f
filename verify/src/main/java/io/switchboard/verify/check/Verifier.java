package io.switchboard.verify.check;

import io.switchboard.verify.registry.RegistrySnapshot;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers "is this really the exchange?" against the registry, for the verification page, its API, the bots and
 * the web chat alike. Phone numbers are parsed with libphonenumber ({@code +86 400-123-4567}, {@code 4001234567} and
 * {@code (400) 123 4567} are one number); handles are compared without case, {@code @} or {@code t.me/}; domains by
 * registrable domain, with the guard's confusable and look-alike checks. Never throws on what people type.
 */
public interface Verifier {

    /** A verifier on whatever snapshot {@code registry} gives at each check: for evaluations and tests. */
    static Verifier on(Supplier<RegistrySnapshot> registry) {
        return new RegistryVerifier(registry);
    }

    /** The longest query read; longer ones are answered NOT_UNDERSTOOD / TOO_LONG. */
    int MAX_QUERY_LENGTH = 500;

    /** One thing: a URL, e-mail address, phone number, handle or link. */
    Verification check(String query);

    /**
     * Every checkable thing in a message (a forwarded suspicious message): its links (and {@code links}, the
     * targets of hidden links), e-mail addresses, phone numbers and handles, one verification each, in order of
     * appearance, duplicates once; empty when it has none.
     */
    List<Verification> checkText(String text, List<String> links);
}
