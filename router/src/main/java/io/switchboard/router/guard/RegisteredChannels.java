package io.switchboard.router.guard;

import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the guard takes from the registry of official channels, on top of its own rules: the registered domains
 * (allowed, and what look-alikes imitate), the registered accounts on every platform (never flagged), the staff
 * who speak publicly with their accounts (protected names), and the registered phone lines (a number presented as
 * support that is none of them is a scam's). Value-equal, so the detector is rebuilt only when the registry changed.
 *
 * @param domains registered domains, lower case
 * @param handles registered accounts' handles, lower case without {@code @}
 * @param staffNames the full names of staff with registered accounts
 * @param staffHandles each staff account's handle to its owner's name
 * @param phones the registered phone lines in E.164
 */
public record RegisteredChannels(Set<String> domains, Set<String> handles, Set<String> staffNames,
        Map<String, String> staffHandles, Set<String> phones) {

    /** No registry: the guard's own rules alone (the evaluation and the benchmark run so). */
    public static final RegisteredChannels NONE = new RegisteredChannels(Set.of(), Set.of(), Set.of(), Map.of(), Set.of());

    public RegisteredChannels {
        domains = Set.copyOf(domains);
        handles = Set.copyOf(handles);
        staffNames = Set.copyOf(staffNames);
        staffHandles = Map.copyOf(staffHandles);
        phones = Set.copyOf(phones);
    }

    /** Accounts are those on Telegram, X and Facebook; numeric ids are no handles and are left out. */
    public static RegisteredChannels of(RegistrySnapshot snapshot) {
        List<OfficialEntry> accounts = snapshot.entries().stream()
                .filter(entry -> entry.kind() == OfficialKind.TELEGRAM || entry.kind() == OfficialKind.X
                        || entry.kind() == OfficialKind.FACEBOOK)
                .filter(entry -> !entry.value().chars().allMatch(c -> c == '-' || Character.isDigit(c)))
                .toList();
        Map<String, String> staffHandles = new LinkedHashMap<>();
        accounts.stream().filter(OfficialEntry::isStaff)
                .forEach(entry -> staffHandles.putIfAbsent(entry.value(), entry.staffName()));
        return new RegisteredChannels(snapshot.domains(),
                accounts.stream().map(OfficialEntry::value).collect(Collectors.toSet()), snapshot.staffNames(),
                staffHandles, snapshot.entries(OfficialKind.PHONE).stream().map(OfficialEntry::value)
                        .collect(Collectors.toSet()));
    }
}
