package io.switchboard.verify.registry;

import io.switchboard.verify.value.Domains;
import io.switchboard.verify.value.Emails;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry's entries indexed by normalised value. */
final class IndexedSnapshot implements RegistrySnapshot {

    /** By kind, then in the order managers listed them (the seed's order at first): the pages show them so. */
    private static final Comparator<OfficialEntry> ORDER = Comparator.comparing(OfficialEntry::kind)
            .thenComparingLong(OfficialEntry::id);

    private final List<OfficialEntry> entries;
    private final Map<OfficialKind, List<OfficialEntry>> byKind = new EnumMap<>(OfficialKind.class);
    private final Map<String, OfficialEntry> byValue = new HashMap<>();
    private final Set<String> domains = new LinkedHashSet<>();
    private final Set<String> staffNames = new LinkedHashSet<>();

    IndexedSnapshot(List<OfficialEntry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
        for (OfficialKind kind : OfficialKind.values()) {
            byKind.put(kind, this.entries.stream().filter(entry -> entry.kind() == kind).toList());
        }
        for (OfficialEntry entry : this.entries) {
            byValue.put(key(entry.kind(), entry.value()), entry);
            switch (entry.kind()) {
                case WEBSITE -> domains.add(entry.value());
                case EMAIL -> domains.add(Emails.domainOf(entry.value()));
                default -> {
                }
            }
            if (entry.isStaff()) {
                staffNames.add(entry.staffName());
            }
        }
    }

    @Override
    public List<OfficialEntry> entries() {
        return entries;
    }

    @Override
    public List<OfficialEntry> entries(OfficialKind kind) {
        return byKind.get(kind);
    }

    @Override
    public Optional<OfficialEntry> website(String host) {
        // the longest registered domain the host is within: help.novaex.com before novaex.com, were both listed
        return entries(OfficialKind.WEBSITE).stream().filter(entry -> Domains.isWithin(host, entry.value()))
                .max(Comparator.comparingInt(entry -> entry.value().length()));
    }

    @Override
    public Optional<OfficialEntry> email(String address) {
        return Optional.ofNullable(byValue.get(key(OfficialKind.EMAIL, address)))
                .or(() -> Optional.ofNullable(byValue.get(key(OfficialKind.EMAIL, "@" + Emails.domainOf(address)))));
    }

    @Override
    public Optional<OfficialEntry> phone(String e164) {
        return Optional.ofNullable(byValue.get(key(OfficialKind.PHONE, e164)));
    }

    @Override
    public Optional<OfficialEntry> account(OfficialKind platform, String handleOrId) {
        return Optional.ofNullable(byValue.get(key(platform, handleOrId)));
    }

    @Override
    public Set<String> domains() {
        return Set.copyOf(domains);
    }

    @Override
    public Set<String> staffNames() {
        return Set.copyOf(staffNames);
    }

    private static String key(OfficialKind kind, String value) {
        return kind + ":" + value;
    }
}
