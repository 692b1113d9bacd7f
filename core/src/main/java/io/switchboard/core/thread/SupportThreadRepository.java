package io.switchboard.core.thread;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Specifications serve the console inbox, whose filters combine freely. */
public interface SupportThreadRepository extends JpaRepository<SupportThread, Long>,
        JpaSpecificationExecutor<SupportThread> {

    /**
     * The member's most recent thread in a conversation that is not closed. Read as a list of one: a
     * single-result query throws and catches an exception when there is none, as for every first message.
     */
    default Optional<SupportThread> findFirstByChannelAndConversationKeyAndMemberAndStatusInOrderByLastActivityAtDesc(
            Channel channel, String conversationKey, Member member, Collection<ThreadStatus> statuses) {
        return findTop1ByChannelAndConversationKeyAndMemberAndStatusInOrderByLastActivityAtDesc(
                channel, conversationKey, member, statuses).stream().findFirst();
    }

    /** @see #findFirstByChannelAndConversationKeyAndMemberAndStatusInOrderByLastActivityAtDesc */
    List<SupportThread> findTop1ByChannelAndConversationKeyAndMemberAndStatusInOrderByLastActivityAtDesc(
            Channel channel, String conversationKey, Member member, Collection<ThreadStatus> statuses);

    /** Every member's threads in a conversation (a forum topic has one per member who asked in it). */
    List<SupportThread> findByChannelAndConversationKeyOrderByIdAsc(Channel channel, String conversationKey);
}
