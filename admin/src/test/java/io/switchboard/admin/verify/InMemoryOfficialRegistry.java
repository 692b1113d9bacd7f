package io.switchboard.admin.verify;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.verify.registry.InvalidOfficialEntryException;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialEntryNotFoundException;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The verify module's registry stands in for itself in the admin module's tests (which do not scan
 * io.switchboard.verify): kept in memory, with the checks the console must show beside a field
 * (a missing kind, value or label, a phone number without its digits, a value listed twice) and
 * each change audited under the names the implementation uses. Its snapshot looks values up as
 * stored, without the real registry's parsing of what people type.
 */
@Component
public class InMemoryOfficialRegistry implements OfficialRegistry {

    static final String TARGET = "official-channel";

    private final Map<Long, OfficialEntry> entries = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final StaffAudit audit;
    private final Clock clock;

    InMemoryOfficialRegistry(StaffAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Back to nothing listed, for a test's start. */
    public void clear() {
        entries.clear();
    }

    @Override
    public List<OfficialEntry> entries() {
        return entries.values().stream()
                .sorted(Comparator.comparing(OfficialEntry::kind).thenComparing(OfficialEntry::value)).toList();
    }

    @Override
    public RegistrySnapshot snapshot() {
        return new Snapshot(entries());
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
            return entries(OfficialKind.EMAIL).stream().filter(entry -> address.equals(entry.value())
                    || entry.value().startsWith("@") && address.endsWith(entry.value())).findFirst();
        }

        @Override
        public Optional<OfficialEntry> phone(String e164) {
            return account(OfficialKind.PHONE, e164);
        }

        @Override
        public Optional<OfficialEntry> account(OfficialKind platform, String handleOrId) {
            return entries(platform).stream().filter(entry -> entry.value().equals(handleOrId)).findFirst();
        }

        @Override
        public Set<String> domains() {
            return entries.stream().filter(entry -> entry.kind() == OfficialKind.WEBSITE || entry.kind() == OfficialKind.EMAIL)
                    .map(entry -> entry.value().substring(entry.value().indexOf('@') + 1)).collect(Collectors.toSet());
        }

        @Override
        public Set<String> staffNames() {
            return entries.stream().filter(OfficialEntry::isStaff).map(OfficialEntry::staffName)
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public synchronized OfficialEntry add(OfficialEntryDraft draft, String actor) {
        OfficialEntry added = entry(ids.incrementAndGet(), draft, actor);
        entries.put(added.id(), added);
        audit.record(actor, TARGET + ".add", AuditTarget.of(TARGET, added.id()), null, state(added));
        return added;
    }

    @Override
    public synchronized OfficialEntry update(long id, OfficialEntryDraft draft, String actor) {
        OfficialEntry before = existing(id);
        OfficialEntry after = entry(id, draft, actor);
        entries.put(id, after);
        audit.record(actor, TARGET + ".update", AuditTarget.of(TARGET, id), state(before), state(after));
        return after;
    }

    @Override
    public synchronized void remove(long id, String actor) {
        OfficialEntry removed = existing(id);
        entries.remove(id);
        audit.record(actor, TARGET + ".remove", AuditTarget.of(TARGET, id), state(removed), null);
    }

    private OfficialEntry existing(long id) {
        OfficialEntry entry = entries.get(id);
        if (entry == null) {
            throw new OfficialEntryNotFoundException(id);
        }
        return entry;
    }

    private OfficialEntry entry(long id, OfficialEntryDraft draft, String actor) {
        if (draft.kind() == null) {
            throw new InvalidOfficialEntryException("kind", "choose what kind of channel it is");
        }
        if (draft.value() == null || draft.value().isBlank()) {
            throw new InvalidOfficialEntryException("value", "the address, number or handle is needed");
        }
        if (draft.label() == null || draft.label().isBlank()) {
            throw new InvalidOfficialEntryException("label", "say what the channel is");
        }
        String value = normalised(draft.kind(), draft.value());
        boolean phone = draft.kind() == OfficialKind.PHONE;
        if (entries.values().stream().anyMatch(other -> other.id() != id && other.kind() == draft.kind()
                && other.value().equals(value))) {
            throw new InvalidOfficialEntryException("value", draft.value().strip() + " is listed already");
        }
        return new OfficialEntry(id, draft.kind(), value, draft.value().strip(), draft.label(), draft.staffName(),
                phone ? draft.region() : null, phone ? draft.hours() : null, phone ? draft.languages() : List.of(),
                phone ? draft.purpose() : null, clock.instant(), actor);
    }

    /** Digits with their + for a phone number (no real parsing here), lower case without @ for the rest. */
    private static String normalised(OfficialKind kind, String value) {
        if (kind == OfficialKind.PHONE) {
            String digits = value.replaceAll("[^0-9]", "");
            if (digits.length() < 7 || digits.length() > 15 || !value.matches("[+0-9 ()\\-.]+")) {
                throw new InvalidOfficialEntryException("value", "'" + value.strip() + "' is not a phone number");
            }
            return "+" + digits;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return kind == OfficialKind.EMAIL ? lower : lower.replaceFirst("^@", "");
    }

    private static Map<String, Object> state(OfficialEntry entry) {
        return StaffAudit.state("kind", entry.kind().name(), "value", entry.display(), "label", entry.label(),
                "staffName", entry.staffName(), "region", entry.region(), "hours", entry.hours(), "languages",
                entry.languages(), "purpose", entry.purpose());
    }
}
