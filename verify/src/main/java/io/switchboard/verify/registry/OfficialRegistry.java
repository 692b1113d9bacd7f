package io.switchboard.verify.registry;

import java.util.List;

/**
 * The one list of the exchange's official channels, kept by managers in the console: every change is audited
 * (who, what, before and after). Seeded from {@code switchboard.verify.seed} on first start; stored in the database,
 * so every instance serves the same list.
 */
public interface OfficialRegistry {

    /** Every entry, by kind, then in the order they were listed. */
    List<OfficialEntry> entries();

    /**
     * What lookups read: the entries normalised and indexed. A change on this instance applies at once; one on
     * another instance within {@code switchboard.verify.refresh}.
     */
    RegistrySnapshot snapshot();

    /**
     * @throws InvalidOfficialEntryException when a field is missing or not what its kind needs (a phone number
     *     libphonenumber cannot read, a domain that is a public suffix), or the value is listed already
     */
    OfficialEntry add(OfficialEntryDraft draft, String actor);

    /** @throws OfficialEntryNotFoundException for an unknown id; InvalidOfficialEntryException as for add */
    OfficialEntry update(long id, OfficialEntryDraft draft, String actor);

    /** @throws OfficialEntryNotFoundException for an unknown id */
    void remove(long id, String actor);
}
