package io.switchboard.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardSettings;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.GuardUndo;
import io.switchboard.core.guard.GuardUndoException;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.moderation.QueueItem;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.router.testing.KeywordAnswerEngine;
import io.switchboard.router.testing.Messages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The scam guard in the intake, with the default actions: a scam message is removed and its
 * group warned, a suspicious one flagged and answered as usual, an impersonating joiner muted.
 */
class GuardRouteTest extends RouteTestSupport {

    private static final GuardRules DEFAULT_RULES = GuardRules.of("NovaEx", "novaex.com");

    @Autowired
    GuardDecisionRepository decisions;

    @Autowired
    GuardSettings settings;

    @Autowired
    GuardUndo undo;

    @Autowired
    StaffAudit audit;

    @Autowired
    ModerationDesk queue;

    @AfterEach
    void defaultRules() {
        settings.replace(DEFAULT_RULES, "test");
    }

    private Optional<QueueItem> openQueueItem(InboundMessage message) {
        return queue.queue(ModerationItem.Status.OPEN, message.channel(), PageRequest.of(0, 200)).stream()
                .filter(item -> item.messageId().equals(message.messageId())).findFirst();
    }

    private Optional<GuardDecision> decisionOn(InboundMessage message) {
        awaitEvent(message, InboundStatus.PROCESSED);
        return decisions.findByEventKey("guard:telegram:" + message.eventId());
    }

    @Test
    void aPhishingPostInAGroupIsTakenDownTheGroupWarnedAndNothingAnswered() {
        String chat = Messages.newChatId();
        gateway.allowModeration(chat);
        InboundMessage post = Messages.inGroup(chat, now()).mentioningBot()
                .text("Deposit problems? Verify your account at https://novaex-verify.com/login").build();
        accept(post);

        GuardDecision decision = decisionOn(post).orElseThrow();
        assertThat(decision.getSubject()).isEqualTo(GuardSubject.MESSAGE);
        assertThat(decision.getRule()).isEqualTo("link.lookalike");
        assertThat(decision.getAction()).isEqualTo(GuardAction.DELETE);
        assertThat(decision.getOutcome()).isEqualTo(GuardOutcome.DONE);
        assertThat(decision.getRemoval()).isEqualTo("HIDDEN");
        assertThat(gateway.moderated()).filteredOn(action -> action.endsWith(" " + post.messageId()))
                .containsExactly("hide " + post.messageId());

        OutboxEntry warning = awaitOutbox(chat, entry -> entry.getStatus() == OutboxStatus.SENT);
        assertThat(warning.getDecisionKey()).isEqualTo("guard-warning:" + decision.getId());
        assertThat(gateway.sentTo(chat)).singleElement()
                .satisfies(sent -> assertThat(sent.message().text()).contains("Staff will never message you first"));
        assertThat(gateway.sentTo(chat).get(0).message().text()).doesNotContain(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
        assertThat(messagesIn(threadsIn(post.channel(), chat).get(0))).extracting(ThreadMessage::getDirection)
                .as("the member's message stays in its thread for staff").contains(Direction.IN);
        assertThat(ticketsIn(chat)).isEmpty();
    }

    @Test
    void aSupportNumberThatIsNotARegisteredLineIsTakenDown() {
        String chat = Messages.newChatId();
        gateway.allowModeration(chat);
        InboundMessage post = Messages.inGroup(chat, now())
                .text("Withdrawal stuck? Call our support hotline +86 400 999 0000 now").build();
        InboundMessage genuine = Messages.inGroup(chat, now())
                .text("You can call the support hotline +86 400 123 4567 any time").build();
        accept(post);
        accept(genuine);

        GuardDecision decision = decisionOn(post).orElseThrow();
        assertThat(decision.getRule()).isEqualTo("message.fake-phone");
        assertThat(decision.getAction()).isEqualTo(GuardAction.DELETE);
        awaitEvent(genuine, InboundStatus.PROCESSED);
        assertThat(decisionOn(genuine)).as("the registered Mainland hotline").isEmpty();
    }

    @Test
    void theWarningIsInTheMembersLanguage() {
        String chat = Messages.newChatId();
        InboundMessage post = Messages.inGroup(chat, now()).language("zh-hans")
                .text("官方活动：转入1000 USDT 双倍返还！").build();
        accept(post);

        assertThat(decisionOn(post)).get().extracting(GuardDecision::getRule).isEqualTo("message.giveaway");
        awaitOutbox(chat, entry -> entry.getStatus() == OutboxStatus.SENT);
        assertThat(gateway.sentTo(chat)).singleElement()
                .satisfies(sent -> assertThat(sent.message().text()).contains("工作人员绝不会主动私信你"));
    }

    @Test
    void aPlatformThatCannotRemoveTheMessageLeavesTheDecisionFailedWithWhyAndInTheModerationQueue() {
        String chat = Messages.newChatId();
        InboundMessage post = Messages.inGroup(chat, now()).text("send your seed phrase to our agent to unlock").build();
        accept(post);

        GuardDecision decision = decisionOn(post).orElseThrow();
        assertThat(decision.getOutcome()).isEqualTo(GuardOutcome.FAILED);
        assertThat(decision.getDetail()).contains("not message removed", "telegram offers no delete");
        assertThat(decision.getRemoval()).isNull();
        assertThat(openQueueItem(post)).get().satisfies(item -> {
            assertThat(item.reason()).contains("message.secret-request");
            assertThat(item.steps()).singleElement().satisfies(step -> {
                assertThat(step.action()).isEqualTo("delete");
                assertThat(step.outcome()).isEqualTo("failed");
                assertThat(step.detail()).contains("telegram offers no delete");
            });
        });
    }

    @Test
    void aSuspiciousPostIsFlaggedAndStillAnswered() {
        String chat = Messages.newChatId();
        InboundMessage post = Messages.inGroup(chat, now()).mentioningBot()
                .text("anyone with deposit problems, PM me for help").build();
        accept(post);

        GuardDecision decision = decisionOn(post).orElseThrow();
        assertThat(decision.getAction()).isEqualTo(GuardAction.FLAG);
        assertThat(decision.getOutcome()).isEqualTo(GuardOutcome.PENDING);
        assertThat(decision.getFindings()).contains("message.private-support (medium)");
        assertThat(openQueueItem(post)).get().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("flagged");
            assertThat(item.flaggedBySource()).isEqualTo("rule");
            assertThat(item.flaggedBy()).isEqualTo("scam-guard");
            assertThat(item.reason()).contains("message.private-support", "decision " + decision.getId());
        });
        awaitOutbox(chat, entry -> entry.getStatus() == OutboxStatus.SENT);
        assertThat(gateway.sentTo(chat)).extracting(sent -> sent.message().text())
                .containsExactly(KeywordAnswerEngine.DEPOSIT_ANSWER_EN);
    }

    @Test
    void aMessageEditedIntoPhishingIsTakenDownAndTheGroupWarnedWithoutAnAnswerOrANewThread() {
        String chat = Messages.newChatId();
        gateway.allowModeration(chat);
        InboundMessage innocent = Messages.inGroup(chat, now()).text("gm everyone, markets look calm today").build();
        accept(innocent);
        awaitEvent(innocent, InboundStatus.PROCESSED);
        InboundMessage edit = Messages.inGroup(chat, now()).from(innocent.author().platformId())
                .changing(innocent, InboundKind.EDIT)
                .text("gm everyone! Claim the airdrop at https://novaex-airdrop.com before it ends").build();
        accept(edit);

        GuardDecision decision = decisionOn(edit).orElseThrow();
        assertThat(decision.getRule()).isEqualTo("link.lookalike");
        assertThat(decision.getAction()).isEqualTo(GuardAction.DELETE);
        assertThat(decision.getMessageId()).isEqualTo(innocent.messageId());
        assertThat(decision.getExcerpt()).contains("novaex-airdrop.com");
        assertThat(gateway.moderated()).filteredOn(action -> action.endsWith(" " + innocent.messageId()))
                .containsExactly("hide " + innocent.messageId());
        awaitOutbox(chat, entry -> entry.getStatus() == OutboxStatus.SENT);
        assertThat(gateway.sentTo(chat)).singleElement()
                .satisfies(sent -> assertThat(sent.message().text()).contains("Staff will never message you first"));
        assertThat(threadsIn(innocent.channel(), chat)).as("the edit stays in the message's thread").hasSize(1);
        assertThat(ticketsIn(chat)).isEmpty();
    }

    @Test
    void anEditOfAFlaggedMessageThatAsksForNoMoreIsNotDecidedAgain() {
        String chat = Messages.newChatId();
        InboundMessage post = Messages.inGroup(chat, now()).text("anyone with deposit problems, PM me for help").build();
        accept(post);
        assertThat(decisionOn(post)).get().extracting(GuardDecision::getAction).isEqualTo(GuardAction.FLAG);
        InboundMessage typoFixed = Messages.inGroup(chat, now()).from(post.author().platformId())
                .changing(post, InboundKind.EDIT).text("anyone with deposit problems, PM me for help!").build();
        accept(typoFixed);

        assertThat(decisionOn(typoFixed)).isEmpty();
        assertThat(openQueueItem(post)).get().extracting(QueueItem::flagCount).isEqualTo(1);
        assertThat(gateway.moderated()).noneMatch(action -> action.endsWith(" " + post.messageId()));
    }

    @Test
    void privateChatsTheOfficialAccountsAndOrdinaryPostsAreLeftAlone() {
        settings.replace(new GuardRules(List.of("NovaEx"), List.of(), List.of("novaex.com"), List.of("NovaEx_Support"),
                List.of()), "test");
        String chat = Messages.newChatId();
        List<InboundMessage> posts = List.of(
                Messages.inPrivate(Messages.newChatId(), now()).text("is https://novaex-verify.com yours?").build(),
                Messages.inGroup(chat, now()).named("NovaEx Support", "NovaEx_Support")
                        .text("Never share your seed phrase. Official site: https://www.novaex.com").build(),
                Messages.inGroup(chat, now()).named("Novak", "novak_d").text("my deposit arrived, thanks").build());
        posts.forEach(this::accept);

        for (InboundMessage post : posts) {
            assertThat(decisionOn(post)).as(post.text()).isEmpty();
        }
    }

    @Test
    void aPostByAMemberWhoseNameImpersonatesStaffIsQueuedWithItsTextTheNameAsAuthorAndWhyItWasTheName() {
        String chat = Messages.newChatId();
        InboundMessage post = Messages.inGroup(chat, now()).named("NovaEx Support Team", null)
                .text("Hello all, write to me if your deposit is late").build();
        accept(post);

        GuardDecision decision = decisionOn(post).orElseThrow();
        assertThat(decision.getSubject()).isEqualTo(GuardSubject.NAME);
        assertThat(openQueueItem(post)).get().satisfies(item -> {
            assertThat(item.excerpt()).as("moderators read the post, not the name")
                    .isEqualTo("Hello all, write to me if your deposit is late");
            assertThat(item.memberName()).isEqualTo("NovaEx Support Team");
            assertThat(item.reason()).contains(decision.getRule(), "the member's name");
        });
    }

    @Test
    void noWarningGoesWhereTheRemovalLeftNothingToReadButItDoesWhereTheConversationStaysUp() {
        String hiddenTopic = Messages.newChatId();
        gateway.allowModeration(hiddenTopic);
        InboundMessage opening = Messages.inGroup(hiddenTopic, now())
                .text("Verify your account at https://novaex-verify.com/login").build();
        gateway.removalHidesConversation(opening.messageId());
        accept(opening);

        GuardDecision decision = decisionOn(opening).orElseThrow();
        assertThat(decision.getRemoval()).isEqualTo("HIDDEN");
        assertThat(outboxFor(hiddenTopic)).as("nobody could read a warning in a conversation gone with the post")
                .isEmpty();

        String group = Messages.newChatId();
        gateway.allowModeration(group);
        InboundMessage inGroup = Messages.inGroup(group, now())
                .text("Verify your account at https://novaex-verify.com/login").build();
        accept(inGroup);
        assertThat(decisionOn(inGroup)).get().extracting(GuardDecision::getRemoval).isEqualTo("HIDDEN");
        assertThat(outboxFor(group)).extracting(OutboxEntry::getDecisionKey)
                .containsExactly("guard-warning:" + decisionOn(inGroup).orElseThrow().getId());
    }

    @Test
    void aJoinerImitatingTheBrandIsMutedAndAnInnocentNameIsNot() {
        String chat = Messages.newChatId();
        gateway.allowModeration(chat);
        InboundMessage impostor = Messages.inGroup(chat, now()).kind(InboundKind.JOIN).named("N0vaEx Supp0rt", null)
                .build();
        InboundMessage novak = Messages.inGroup(chat, now()).kind(InboundKind.JOIN).named("Novak", "novak_d").build();
        accept(impostor);
        accept(novak);

        GuardDecision decision = decisionOn(impostor).orElseThrow();
        assertThat(decision.getSubject()).isEqualTo(GuardSubject.NAME);
        assertThat(decision.getRule()).isEqualTo("name.brand");
        assertThat(decision.getAction()).isEqualTo(GuardAction.MUTE);
        assertThat(decision.getExcerpt()).isEqualTo("N0vaEx Supp0rt");
        assertThat(decision.getOutcome()).isEqualTo(GuardOutcome.DONE);
        assertThat(decision.getDetail()).isEqualTo("member muted for PT24H");
        assertThat(decision.getRemoval()).as("a join has no message to remove").isNull();
        assertThat(gateway.moderated()).filteredOn(action -> action.endsWith(" " + impostor.author().platformId()))
                .containsExactly("mute " + impostor.author().platformId());
        assertThat(decisionOn(novak)).isEmpty();
        assertThat(gateway.sentTo(chat)).as("a join is never answered").isEmpty();
    }

    @Test
    void managersRulesApplyToTheNextMessage() {
        String chat = Messages.newChatId();
        InboundMessage before = Messages.inGroup(chat, now()).kind(InboundKind.JOIN).named("L1na Park Admin", null).build();
        accept(before);
        assertThat(decisionOn(before)).as("nobody protects Lina yet (she has no registered account)").isEmpty();

        settings.replace(new GuardRules(List.of("NovaEx"), List.of("Lina Park"), List.of("novaex.com"), List.of(),
                List.of()), "manager");
        InboundMessage after = Messages.inGroup(chat, now()).kind(InboundKind.JOIN).named("L1na Park Admin", null).build();
        accept(after);

        assertThat(decisionOn(after)).get().extracting(GuardDecision::getRule).isEqualTo("name.staff");
    }

    @Test
    void undoingShowsAHiddenMessageAgainAndUnmutesOnce() {
        String chat = Messages.newChatId();
        gateway.allowModeration(chat);
        InboundMessage post = Messages.inGroup(chat, now()).text("claim your airdrop at bit.ly/3xyz").build();
        settings.replace(new GuardRules(List.of("NovaEx"), List.of(), List.of("novaex.com"), List.of(), List.of()),
                "test");
        accept(post);
        GuardDecision flagged = decisionOn(post).orElseThrow();
        assertThat(flagged.getAction()).as("a shortener is medium: flagged").isEqualTo(GuardAction.FLAG);

        assertThat(openQueueItem(post)).isPresent();
        GuardDecision undone = undo.undo(flagged.getId(), "dana");
        assertThat(undone.getOutcome()).isEqualTo(GuardOutcome.UNDONE);
        assertThat(openQueueItem(post)).as("off the moderation queue").isEmpty();
        assertThat(undone.getUndoneBy()).isEqualTo("dana");
        assertThat(audit.search(new AuditQuery("dana", "guard.undo", "guard-decision", String.valueOf(flagged.getId()),
                null, null), 0, 10)).singleElement().satisfies(line -> assertThat(line.getReason()).isEqualTo(flagged.getRule()));
        assertThat(gateway.moderated()).as("nothing was done on the platform, nothing to lift")
                .noneMatch(action -> action.endsWith(post.messageId()));

        InboundMessage phishing = Messages.inGroup(chat, now()).text("login at https://n0vaex.com to keep your account")
                .build();
        accept(phishing);
        GuardDecision removed = decisionOn(phishing).orElseThrow();
        undo.undo(removed.getId(), "dana");

        assertThat(gateway.moderated()).containsSubsequence("hide " + phishing.messageId(), "unhide " + phishing.messageId());
        assertThat(decisions.findById(removed.getId())).get().extracting(GuardDecision::getDetail).asString()
                .contains("message shown again");
        assertThatThrownBy(() -> undo.undo(removed.getId(), "dana")).isInstanceOf(GuardUndoException.class)
                .hasMessageContaining("undone already");

        InboundMessage impostor = Messages.inGroup(chat, now()).kind(InboundKind.JOIN).named("NovaEx Admin", null)
                .build();
        accept(impostor);
        undo.undo(decisionOn(impostor).orElseThrow().getId(), "dana");
        assertThat(gateway.moderated()).containsSubsequence("mute " + impostor.author().platformId(),
                "unmute " + impostor.author().platformId());
    }
}
