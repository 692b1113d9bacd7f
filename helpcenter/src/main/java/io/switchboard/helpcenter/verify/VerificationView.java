package io.switchboard.helpcenter.verify;

import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.check.Reason;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import java.util.List;
import java.util.Locale;

/**
 * A verification as the page renders it and the API returns it: the verifier's facts with the wording in the
 * reader's language ({@link VerificationWording}), so that the page, the API and the bots say the same thing.
 *
 * @param official the registered channel when the verdict is OFFICIAL, else null
 */
record VerificationView(String query, QueryKind kind, String normalized, Verdict verdict, Official official,
        List<Reason> reasons, String headline, List<String> details, String advice) {

    static VerificationView of(Verification verification, VerificationWording wording, Locale locale) {
        VerificationWording.Wording words = wording.describe(verification, locale);
        return new VerificationView(verification.query(), verification.kind(), verification.normalized(),
                verification.verdict(), verification.official() == null ? null : Official.of(verification.official()),
                verification.reasons(), words.headline(), List.copyOf(words.details()), words.advice());
    }

    /** The registry's entry without its bookkeeping (who changed it when): what the public may see. */
    record Official(OfficialKind kind, String display, String label, String region, String hours,
            List<String> languages, String purpose, String staffName) {

        static Official of(OfficialEntry entry) {
            return new Official(entry.kind(), entry.display(), entry.label(), entry.region(), entry.hours(),
                    entry.languages(), entry.purpose(), entry.staffName());
        }
    }
}
