package io.switchboard.verify.registry;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry in the database. Lookups read a snapshot held in memory and read again every {@code refresh}, at once
 * after a change here commits: a registry of a few dozen rows, asked on every public message the guard checks.
 */
@Service
class StoredOfficialRegistry implements OfficialRegistry {

    static final String TARGET = "official-channel";
    private static final Logger log = LoggerFactory.getLogger(StoredOfficialRegistry.class);

    /**
     * A snapshot, when it was read ({@link System#nanoTime()}) and how many changes this instance had committed
     * before the read began.
     */
    private record Loaded(RegistrySnapshot snapshot, long at, long changes) {
    }

    private final OfficialChannels channels;
    private final StaffAudit audit;
    private final Clock clock;
    private final Duration refresh;
    /** Changes committed on this instance: a snapshot read while one committed is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Loaded loaded;

    StoredOfficialRegistry(OfficialChannels channels, StaffAudit audit, Clock clock, VerifyProperties properties) {
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
        this.refresh = properties.refresh();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficialEntry> entries() {
        return new IndexedSnapshot(channels.findAll().stream().map(OfficialChannel::toEntry).toList()).entries();
    }

    @Override
    public RegistrySnapshot snapshot() {
        Loaded current = loaded;
        long committed = changes.get();
        if (current == null || current.changes() != committed || System.nanoTime() - current.at() > refresh.toNanos()) {
            current = new Loaded(new IndexedSnapshot(entries()), System.nanoTime(), committed);
            // kept unless a change committed meanwhile: the read may have begun before it, and the next lookup reads again
            if (changes.get() == committed) {
                loaded = current;
            }
        }
        return current.snapshot();
    }

    @Override
    @Transactional
    public OfficialEntry add(OfficialEntryDraft draft, String actor) {
        ValidEntry entry = ValidEntry.of(draft);
        requireNew(entry, null);
        OfficialChannel channel = channels.save(new OfficialChannel(entry, clock.instant(), actor));
        OfficialEntry added = channel.toEntry();
        audit.record(actor, TARGET + ".add", AuditTarget.of(TARGET, added.id()), null, state(added));
        changed();
        return added;
    }

    @Override
    @Transactional
    public OfficialEntry update(long id, OfficialEntryDraft draft, String actor) {
        OfficialChannel channel = channels.findById(id).orElseThrow(() -> new OfficialEntryNotFoundException(id));
        ValidEntry entry = ValidEntry.of(draft);
        requireNew(entry, id);
        OfficialEntry before = channel.toEntry();
        channel.apply(entry, clock.instant(), actor);
        OfficialEntry after = channels.saveAndFlush(channel).toEntry();
        audit.record(actor, TARGET + ".update", AuditTarget.of(TARGET, id), state(before), state(after));
        changed();
        return after;
    }

    @Override
    @Transactional
    public void remove(long id, String actor) {
        OfficialChannel channel = channels.findById(id).orElseThrow(() -> new OfficialEntryNotFoundException(id));
        OfficialEntry before = channel.toEntry();
        channels.delete(channel);
        audit.record(actor, TARGET + ".remove", AuditTarget.of(TARGET, id), state(before), null);
        changed();
    }

    /**
     * Stores the configured entries on the very first start (claimed in the database, so two instances starting
     * together seed once); never again, so that what managers removed stays removed.
     */
    @Transactional
    public void seedOnce(List<OfficialEntryDraft> seed) {
        if (channels.seedings() > 0) {
            return;
        }
        channels.claimSeeding(clock.instant());
        for (int i = 0; i < seed.size(); i++) {
            ValidEntry entry = seeded(seed, i);
            if (channels.findByKindAndNormalized(entry.kind(), entry.value()).isEmpty()) {
                channels.save(new OfficialChannel(entry, clock.instant(), StaffAudit.SYSTEM));
            }
        }
        log.info("Registry of official channels seeded with {} entries from switchboard.verify.seed", seed.size());
        changed();
    }

    private static ValidEntry seeded(List<OfficialEntryDraft> seed, int index) {
        try {
            return ValidEntry.of(seed.get(index));
        } catch (InvalidOfficialEntryException e) {
            throw new IllegalStateException("switchboard.verify.seed[" + index + "]." + e.field() + ": " + e.getMessage(), e);
        }
    }

    private void requireNew(ValidEntry entry, Long id) {
        channels.findByKindAndNormalized(entry.kind(), entry.value()).filter(existing -> !existing.getId().equals(id))
                .ifPresent(existing -> {
                    throw new InvalidOfficialEntryException("value", entry.display() + " is listed already");
                });
    }

    /** Counted once the change is committed: the next lookup reads again, none keeps the old list for a refresh. */
    private void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes.incrementAndGet();
                }
            });
        } else {
            changes.incrementAndGet();
        }
    }

    private static Map<String, Object> state(OfficialEntry entry) {
        return StaffAudit.state("kind", entry.kind(), "value", entry.display(), "label", entry.label(),
                "staffName", entry.staffName(), "region", entry.region(), "hours", entry.hours(),
                "languages", entry.languages(), "purpose", entry.purpose());
    }
}
