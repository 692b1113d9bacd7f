package io.switchboard.admin.thread;

import io.switchboard.core.member.Member;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import java.time.Instant;

/**
 * A support thread as the staff API lists it.
 *
 * @param ticketNumber the thread's latest ticket ("T-12"), or null when it was never escalated
 */
record ThreadSummary(Long id, String channel, String conversationKey, String chatId, String chatTitle,
        boolean privateChat, ThreadStatus status, String language, MemberView member, Instant openedAt,
        Instant lastActivityAt, Instant closedAt, String ticketNumber) {

    static ThreadSummary from(SupportThread thread, String ticketNumber) {
        return new ThreadSummary(thread.getId(), thread.getChannel().key(), thread.getConversationKey(),
                thread.getChatId(), thread.getChatTitle(), thread.isPrivateChat(), thread.getStatus(),
                thread.getLanguage(), MemberView.from(thread.getMember()), thread.getOpenedAt(),
                thread.getLastActivityAt(), thread.getClosedAt(), ticketNumber);
    }

    /**
     * Who the thread is with, as their platform knows them.
     *
     * @param accountId the forum and help-center account the identity proves to be theirs (an e-mail address the
     *     account verified); null for none
     */
    record MemberView(Long id, String platformId, String displayName, String handle, boolean vip, Long accountId) {

        static MemberView from(Member member) {
            return new MemberView(member.getId(), member.getPlatformId(), member.getDisplayName(),
                    member.getHandle(), member.isVip(), member.getAccountId());
        }
    }
}
