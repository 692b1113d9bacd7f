package io.switchboard.router.threading;

import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberAccounts;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.router.config.RouterProperties;
import io.switchboard.router.json.JsonCodec;
import io.switchboard.router.language.LanguageDetector;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files members' messages into support threads. A message joins the member's latest thread in the
 * same conversation unless that thread is closed or has been quiet for longer than the quiet
 * period; then it opens a new one. Runs inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ThreadingService {

    private final MemberRepository members;
    private final MemberAccounts accounts;
    private final SupportThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final JsonCodec json;
    private final Duration quietPeriod;
    private final Clock clock;

    ThreadingService(MemberRepository members, MemberAccounts accounts, SupportThreadRepository threads,
            ThreadMessageRepository messages, JsonCodec json, RouterProperties properties, Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.threads = threads;
        this.messages = messages;
        this.json = json;
        this.quietPeriod = properties.threadQuietPeriod();
        this.clock = clock;
    }

    /** Stores a member's message (kind MESSAGE) in its thread, creating member and thread as needed. */
    public ThreadedMessage record(InboundMessage inbound) {
        Member member = member(inbound);
        SupportThread thread = threadFor(inbound, member);
        thread.touch(inbound.receivedAt());
        String attachments = inbound.attachments().isEmpty() ? null : json.write(inbound.attachments());
        ThreadMessage message = messages.save(new ThreadMessage(thread, Direction.IN, inbound.messageId(),
                inbound.replyToMessageId(), inbound.text(), inbound.author().displayName(), attachments,
                inbound.receivedAt()));
        return new ThreadedMessage(member, thread, message);
    }

    /**
     * Stores a member's press of one of the bot's buttons as their message in the thread the buttons
     * were offered in, worded as the button they pressed, so that staff read it in the conversation.
     */
    public ThreadedMessage recordPress(InboundMessage press, SupportThread thread, String label) {
        thread.touch(press.receivedAt());
        ThreadMessage message = messages.save(new ThreadMessage(thread, Direction.IN, press.messageId(),
                press.replyToMessageId(), label, press.author().displayName(), null, press.receivedAt()));
        return new ThreadedMessage(thread.getMember(), thread, message);
    }

    /**
     * Applies an edit to the stored message, in the thread it is in (no new thread, no new
     * message); empty when that message was never stored.
     */
    public Optional<ThreadedMessage> edit(InboundMessage edit) {
        return storedMessage(edit).map(message -> {
            message.edit(edit.text(), edit.receivedAt());
            SupportThread thread = message.getThread();
            return new ThreadedMessage(thread.getMember(), thread, message);
        });
    }

    /** Marks the stored message removed; false when that message was never stored. */
    public boolean remove(InboundMessage removal) {
        return storedMessage(removal).map(message -> {
            message.markRemoved(removal.receivedAt());
            return true;
        }).orElse(false);
    }

    private Optional<ThreadMessage> storedMessage(InboundMessage change) {
        return messages.findFirstByChannelAndDirectionAndExternalId(change.channel(), Direction.IN,
                change.messageId());
    }

    /**
     * The message's author, locked until the intake commits: staff marking them VIP meanwhile wait,
     * or wait for it, so the new ticket is a VIP's either way and the profile refresh never writes
     * over their change. The first row the intake changes after its event ({@code AssignmentLock}'s order).
     */
    private Member member(InboundMessage inbound) {
        Author author = inbound.author();
        Member member = members.findLockedByChannelAndPlatformId(inbound.channel(), author.platformId())
                .orElseGet(() -> members.save(new Member(inbound.channel(), author.platformId(), clock.instant())));
        member.refreshProfile(author.displayName(), author.handle(), author.language(), clock.instant());
        accounts.link(member, clock.instant());
        return member;
    }

    private SupportThread threadFor(InboundMessage inbound, Member member) {
        return threads.findLatestActive(inbound.channel(), inbound.conversationKey(), member)
                .filter(thread -> !thread.getLastActivityAt().plus(quietPeriod).isBefore(inbound.receivedAt()))
                .orElseGet(() -> threads.save(new SupportThread(inbound.channel(), inbound.conversationKey(),
                        inbound.chat().chatId(), inbound.chat().title(), inbound.privateChat(), member,
                        LanguageDetector.resolve(member.getLanguage(), inbound.text()).code(),
                        inbound.receivedAt())));
    }
}
