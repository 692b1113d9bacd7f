package io.switchboard.admin.thread;

import io.switchboard.admin.attachment.ReplyFiles;
import io.switchboard.admin.email.MailOriginals;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRepository;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.moderation.MessageStanding;
import io.switchboard.core.moderation.MessageState;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.thread.Direction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together the console's view of one thread. */
@Service
@Transactional(readOnly = true)
class ThreadViews {

    private final ThreadQueries queries;
    private final OutboxRepository outbox;
    private final ConnectedChannels channels;
    private final CannedReplies canned;
    private final AnswerEngine engine;
    private final GuardDecisionRepository guardDecisions;
    private final MailOriginals originals;
    private final ReplyFiles files;
    private final AccountRepository accounts;

    ThreadViews(ThreadQueries queries, OutboxRepository outbox, ConnectedChannels channels, CannedReplies canned,
            AnswerEngine engine, GuardDecisionRepository guardDecisions, MailOriginals originals, ReplyFiles files,
            AccountRepository accounts) {
        this.queries = queries;
        this.outbox = outbox;
        this.channels = channels;
        this.canned = canned;
        this.engine = engine;
        this.guardDecisions = guardDecisions;
        this.originals = originals;
        this.files = files;
        this.accounts = accounts;
    }

    /**
     * @param search words to find canned replies by; blank lists the first articles in the thread's language
     * @param cannedKey the article to start the reply with, or null
     */
    Optional<ThreadView> find(long id, String search, String cannedKey) {
        return queries.find(id).map(detail -> view(detail, search, cannedKey));
    }

    private ThreadView view(ThreadDetail detail, String search, String cannedKey) {
        ThreadSummary thread = detail.thread();
        Channel channel = Channel.fromKey(thread.channel());
        String conversation = thread.conversationKey();
        Map<Long, String> links = new HashMap<>();
        detail.messages().stream().filter(message -> message.direction() == Direction.IN).forEach(message ->
                PlatformLinks.message(channel, conversation, message.externalId(), thread.member().handle())
                        .ifPresent(link -> links.put(message.id(), link)));
        Map<Long, Long> guardRemovals = guardRemovals(detail, channel);
        return new ThreadView(detail, PlatformLinks.conversation(channel, conversation).orElse(null),
                channel == Channel.TELEGRAM ? PlatformLinks.telegramTopicId(conversation).orElse(null) : null,
                links, deliveries(detail), guardRemovals,
                messageActions(detail, guardRemovals, channels.moderationActions(channel, conversation)),
                originals(detail, channel), account(thread.member()), channels.isOn(channel), files.sendable(channel, conversation),
                suggestions(detail, channel), canned.search(thread.language(), search),
                cannedKey == null ? null : canned.find(cannedKey, thread.language(), null, null).map(CannedReply::text)
                        .orElse(null));
    }

    private String account(ThreadSummary.MemberView member) {
        return member.accountId() == null ? null
                : accounts.findById(member.accountId()).map(Account::getUsername).orElse(null);
    }

    private Map<Long, Delivery> deliveries(ThreadDetail detail) {
        List<Long> outgoing = detail.messages().stream()
                .filter(message -> message.direction() == Direction.OUT)
                .map(ThreadDetail.MessageView::id)
                .toList();
        return outgoing.isEmpty() ? Map.of() : outbox.findByThreadMessageIdIn(outgoing).stream()
                .collect(Collectors.toMap(OutboxEntry::getThreadMessageId, Delivery::of));
    }

    private Map<Long, MailOriginals.Original> originals(ThreadDetail detail, Channel channel) {
        List<ThreadDetail.MessageView> incoming = detail.messages().stream()
                .filter(message -> message.direction() == Direction.IN && message.externalId() != null).toList();
        Map<String, MailOriginals.Original> byExternalId = originals.of(channel,
                incoming.stream().map(ThreadDetail.MessageView::externalId).toList());
        Map<Long, MailOriginals.Original> byMessage = new HashMap<>();
        incoming.forEach(message -> {
            MailOriginals.Original original = byExternalId.get(message.externalId());
            if (original != null) {
                byMessage.put(message.id(), original);
            }
        });
        return byMessage;
    }

    /** What still makes sense for each member's message, by the moderation queue's rule. */
    private static Map<Long, List<ModerationAction>> messageActions(ThreadDetail detail, Map<Long, Long> guardRemovals,
            List<ModerationAction> offered) {
        return detail.messages().stream()
                .filter(message -> message.direction() == Direction.IN && message.externalId() != null)
                .collect(Collectors.toMap(ThreadDetail.MessageView::id, message -> new MessageStanding(
                        MessageState.of(message.hidden(), message.removed()), guardRemovals.get(message.id()))
                        .sensible(offered, false)));
    }

    private Map<Long, Long> guardRemovals(ThreadDetail detail, Channel channel) {
        Map<String, Long> byExternalId = detail.messages().stream()
                .filter(message -> message.direction() == Direction.IN && message.externalId() != null)
                .collect(Collectors.toMap(ThreadDetail.MessageView::externalId, ThreadDetail.MessageView::id,
                        (first, second) -> first));
        if (byExternalId.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> removals = new HashMap<>();
        for (GuardDecision decision : guardDecisions.findByChannelAndMessageIdIn(channel, byExternalId.keySet())) {
            if (decision.keepsMessageAway()) {
                removals.put(byExternalId.get(decision.getMessageId()), decision.getId());
            }
        }
        return removals;
    }

    /** What the engine would answer the member's latest message with; nothing before they wrote. */
    private List<CannedReply> suggestions(ThreadDetail detail, Channel channel) {
        ThreadSummary thread = detail.thread();
        return latestFromMember(detail.messages())
                .map(latest -> {
                    AnswerQuery query = new AnswerQuery(latest.text(), channel, thread.privateChat(), thread.language());
                    double threshold = engine.autoAnswerThreshold(query);
                    return engine.decide(query).suggestions().stream()
                            .flatMap(suggestion -> canned.find(suggestion.articleKey(), thread.language(),
                                    suggestion.confidence(), Confidence.of(suggestion.confidence(), threshold)).stream())
                            .toList();
                })
                .orElse(List.of());
    }

    private static Optional<ThreadDetail.MessageView> latestFromMember(List<ThreadDetail.MessageView> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            ThreadDetail.MessageView message = messages.get(i);
            if (message.direction() == Direction.IN && !message.removed()) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
