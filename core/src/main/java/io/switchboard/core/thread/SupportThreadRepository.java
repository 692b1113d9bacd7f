package io.switchboard.core.thread;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Specifications serve the console inbox, whose filters combine freely. */
public interface SupportThreadRepository extends JpaRepository<SupportThread, Long>,
        JpaSpecificationExecutor<SupportThread> {

    /** The member's most recent thread in a conversation that is not closed. */
    default Optional<SupportThread> findLatestActive(Channel channel, String conversationKey, Member member) {
        return latestActive(channel, conversationKey, member, Limit.of(1)).stream().findFirst();
    }

    /**
     * Read as a list: a single-result query throws and catches an exception when there is none, as for every first
     * message. JPQL with the status written out: Hibernate caches the translation of a JPQL query but not of a
     * derived one, nor of one bound to a collection ({@code in :statuses}), which it translates again on every call;
     * this runs for every message.
     */
    @Query("select t from SupportThread t where t.channel = :channel and t.conversationKey = :conversationKey"
            + " and t.member = :member and t.status <> io.switchboard.core.thread.ThreadStatus.CLOSED"
            + " order by t.lastActivityAt desc")
    List<SupportThread> latestActive(Channel channel, String conversationKey, Member member, Limit limit);

    /** Every member's threads in a conversation (a forum topic has one per member who asked in it). */
    List<SupportThread> findByChannelAndConversationKeyOrderByIdAsc(Channel channel, String conversationKey);
}
