package io.switchboard.verify.registry;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OfficialChannels extends JpaRepository<OfficialChannel, Long> {

    Optional<OfficialChannel> findByKindAndNormalized(OfficialKind kind, String value);

    /** Claims the one-time seeding; fails on the primary key when another start claimed it first. */
    @Modifying
    @Query(value = "insert into official_registry_seed (id, seeded_at) values (1, :at)", nativeQuery = true)
    void claimSeeding(Instant at);

    @Query(value = "select count(*) from official_registry_seed", nativeQuery = true)
    long seedings();
}
