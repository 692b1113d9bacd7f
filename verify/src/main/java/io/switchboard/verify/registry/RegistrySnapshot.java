package io.switchboard.verify.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The registry at one moment, indexed for lookups by normalised value. Immutable. */
public interface RegistrySnapshot {

    /**
     * A snapshot of these entries as the registry would store them (ids from 1 in order): for evaluations and tests
     * that need no database.
     *
     * @throws InvalidOfficialEntryException when a draft is refused
     */
    static RegistrySnapshot of(List<OfficialEntryDraft> drafts) {
        List<OfficialEntry> entries = new ArrayList<>();
        for (OfficialEntryDraft draft : drafts) {
            ValidEntry entry = ValidEntry.of(draft);
            entries.add(new OfficialEntry(entries.size() + 1, entry.kind(), entry.value(), entry.display(),
                    entry.label(), entry.staffName(), entry.region(), entry.hours(), entry.languages(),
                    entry.purpose(), Instant.EPOCH, "seed"));
        }
        return new IndexedSnapshot(entries);
    }

    List<OfficialEntry> entries();

    List<OfficialEntry> entries(OfficialKind kind);

    /** The website entry whose domain is {@code host} or a parent of it ({@code www.novaex.com}); lower case. */
    Optional<OfficialEntry> website(String host);

    /** The mailbox, or the sending domain it is on; {@code address} in lower case. */
    Optional<OfficialEntry> email(String address);

    /** The phone line; {@code e164} as libphonenumber formats E.164. */
    Optional<OfficialEntry> phone(String e164);

    /** The account on {@code platform} (TELEGRAM, X or FACEBOOK) by handle (lower case, no {@code @}) or id. */
    Optional<OfficialEntry> account(OfficialKind platform, String handleOrId);

    /** The registered domains (WEBSITE values, and the domains of EMAIL values): what look-alikes imitate. */
    Set<String> domains();

    /** The names of the staff with registered accounts: what impersonators copy. */
    Set<String> staffNames();
}
