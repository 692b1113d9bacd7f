package io.switchboard.verify.report;

import io.switchboard.verify.check.QueryKind;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface Suspects extends JpaRepository<StoredSuspect, Long> {

    /** Locked: two reports of one thing at once count two. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<StoredSuspect> findLockedByKindAndNormalized(QueryKind kind, String value);

    Page<StoredSuspect> findByStatus(SuspectStatus status, Pageable page);
}
