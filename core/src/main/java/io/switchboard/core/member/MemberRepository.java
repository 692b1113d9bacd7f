package io.switchboard.core.member;

import io.switchboard.core.channel.Channel;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByChannelAndPlatformId(Channel channel, String platformId);

    /**
     * Locks the member's row until the transaction ends (select ... for update), for a transaction
     * that changes the member: before the assignment lock, if it takes that too.
     */
    default Optional<Member> findLockedByChannelAndPlatformId(Channel channel, String platformId) {
        // read as a list: a single-result query throws and catches an exception for every new member
        return findAllLockedByChannelAndPlatformId(channel, platformId).stream().findFirst();
    }

    /**
     * At most one: (channel, platform id) is unique. JPQL, whose translation Hibernate caches, unlike a derived
     * query's. @see #findLockedByChannelAndPlatformId
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.channel = :channel and m.platformId = :platformId")
    List<Member> findAllLockedByChannelAndPlatformId(Channel channel, String platformId);

    /** @see #findLockedByChannelAndPlatformId */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Member> findLockedById(long id);
}
