package io.switchboard.connector.twitter;

import java.time.Clock;
import java.util.Optional;

/** The persisted mentions cursor of one account. */
final class MentionCursorStore {

    private final MentionCursorRepository repository;
    private final String name;
    private final Clock clock;

    MentionCursorStore(MentionCursorRepository repository, String accountId, Clock clock) {
        this.repository = repository;
        this.name = "mentions:" + accountId;
        this.clock = clock;
    }

    Optional<Long> sinceId() {
        return repository.findById(name).map(MentionCursor::sinceId);
    }

    void advanceTo(long tweetId) {
        Optional<MentionCursor> stored = repository.findById(name);
        if (stored.isEmpty()) {
            repository.save(new MentionCursor(name, tweetId, clock.instant()));
        } else if (stored.get().advanceTo(tweetId, clock.instant())) {
            repository.save(stored.get());
        }
    }
}
