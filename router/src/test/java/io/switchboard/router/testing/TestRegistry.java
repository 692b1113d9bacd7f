package io.switchboard.router.testing;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.switchboard.verify.registry.InvalidOfficialEntryException;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialEntryNotFoundException;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registry in memory, in place of the verify module's stored one: seeded with part of the demo exchange's list
 * (docs: the seeded registry), values normalised as the real one stores them. Each change makes a new snapshot,
 * as the real registry does. No audit: the router only reads the registry.
 */
public final class TestRegistry implements OfficialRegistry {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final AtomicLong ids = new AtomicLong();
    private final List<OfficialEntry> entries = new ArrayList<>();
    private volatile Snapshot snapshot;

    public static TestRegistry seeded() {
        TestRegistry registry = new TestRegistry();
        registry.add(draft(OfficialKind.WEBSITE, "novaex.com", "Main website and app", null), "seed");
        registry.add(draft(OfficialKind.EMAIL, "support@novaex.com", "Support mailbox", null), "seed");
        registry.add(new OfficialEntryDraft(OfficialKind.PHONE, "+86 400 123 4567", "Support hotline (Mainland China)",
                null, "Mainland China", "24/7", List.of("zh"), "account security emergencies"), "seed");
        registry.add(new OfficialEntryDraft(OfficialKind.PHONE, "+852 3001 2345", "Support hotline (Hong Kong)",
                null, "Hong Kong", "Mon-Fri 09:00-21:00 HKT", List.of("zh", "en"), "account security"), "seed");
        registry.add(draft(OfficialKind.TELEGRAM, "novaex", "Announcements channel", null), "seed");
        registry.add(draft(OfficialKind.TELEGRAM, "NovaExSupportBot", "Support bot", null), "seed");
        registry.add(draft(OfficialKind.X, "NovaEx", "Official account", null), "seed");
        registry.add(draft(OfficialKind.TELEGRAM, "mia_novaex", "Community manager", "Mia Zhang"), "seed");
        registry.add(draft(OfficialKind.TELEGRAM, "kevinlau_nx", "Support lead", "Kevin Lau"), "seed");
        return registry;
    }

    private static OfficialEntryDraft draft(OfficialKind kind, String value, String label, String staffName) {
        return new OfficialEntryDraft(kind, value, label, staffName, null, null, List.of(), null);
    }

    @Override
    public synchronized List<OfficialEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public RegistrySnapshot snapshot() {
        return snapshot;
    }

    @Override
    public synchronized OfficialEntry add(OfficialEntryDraft draft, String actor) {
        OfficialEntry entry = entry(ids.incrementAndGet(), draft, actor);
        entries.add(entry);
        snapshot = new Snapshot(List.copyOf(entries));
        return entry;
    }

    @Override
    public synchronized OfficialEntry update(long id, OfficialEntryDraft draft, String actor) {
        remove(id, actor);
        OfficialEntry entry = entry(id, draft, actor);
        entries.add(entry);
        snapshot = new Snapshot(List.copyOf(entries));
        return entry;
    }

    @Override
    public synchronized void remove(long id, String actor) {
        if (!entries.removeIf(entry -> entry.id() == id)) {
            throw new OfficialEntryNotFoundException(id);
        }
        snapshot = new Snapshot(List.copyOf(entries));
    }

    private static OfficialEntry entry(long id, OfficialEntryDraft draft, String actor) {
        return new OfficialEntry(id, draft.kind(), normalised(draft.kind(), draft.value()), draft.value(),
                draft.label(), draft.staffName(), draft.region(), draft.hours(), draft.languages(), draft.purpose(),
                Instant.EPOCH, actor);
    }

    /** As the registry stores values: E.164 numbers, lower-case domains, addresses and handles. */
    public static String normalised(OfficialKind kind, String value) {
        if (kind == OfficialKind.PHONE) {
            try {
                return PHONES.format(PHONES.parse(value, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.E164);
            } catch (NumberParseException e) {
                throw new InvalidOfficialEntryException("value", "not a phone number: " + value);
            }
        }
        return value.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private record Snapshot(List<OfficialEntry> entries) implements RegistrySnapshot {

        @Override
        public List<OfficialEntry> entries(OfficialKind kind) {
            return entries.stream().filter(entry -> entry.kind() == kind).toList();
        }

        @Override
        public Optional<OfficialEntry> website(String host) {
            return entries(OfficialKind.WEBSITE).stream()
                    .filter(entry -> host.equals(entry.value()) || host.endsWith("." + entry.value())).findFirst();
        }

        @Override
        public Optional<OfficialEntry> email(String address) {
            String domain = "@" + address.substring(address.indexOf('@') + 1);
            return entries(OfficialKind.EMAIL).stream()
                    .filter(entry -> entry.value().equals(address) || entry.value().equals(domain)).findFirst();
        }

        @Override
        public Optional<OfficialEntry> phone(String e164) {
            return entries(OfficialKind.PHONE).stream().filter(entry -> entry.value().equals(e164)).findFirst();
        }

        @Override
        public Optional<OfficialEntry> account(OfficialKind platform, String handleOrId) {
            return entries(platform).stream().filter(entry -> entry.value().equals(handleOrId)).findFirst();
        }

        @Override
        public Set<String> domains() {
            Set<String> domains = new LinkedHashSet<>();
            entries(OfficialKind.WEBSITE).forEach(entry -> domains.add(entry.value()));
            entries(OfficialKind.EMAIL).forEach(entry -> domains.add(entry.value().substring(entry.value().indexOf('@') + 1)));
            return domains;
        }

        @Override
        public Set<String> staffNames() {
            Set<String> names = new LinkedHashSet<>();
            entries.stream().filter(OfficialEntry::isStaff).forEach(entry -> names.add(entry.staffName()));
            return names;
        }
    }
}
