package io.switchboard.verify.check;

import io.switchboard.verify.registry.OfficialEntry;
import java.util.List;

/**
 * One answer of the verifier.
 *
 * @param query what was asked, as asked (cut to {@link Verifier#MAX_QUERY_LENGTH})
 * @param normalized what was compared: the host, the address, the E.164 number, the handle; null for NOT_UNDERSTOOD
 * @param official the registry's entry when the verdict is OFFICIAL, else null
 * @param reasons why, most telling first; never empty
 */
public record Verification(String query, QueryKind kind, String normalized, Verdict verdict, OfficialEntry official,
        List<Reason> reasons) {

    public Verification {
        reasons = List.copyOf(reasons);
    }

    public boolean isOfficial() {
        return verdict == Verdict.OFFICIAL;
    }
}
