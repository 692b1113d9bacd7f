package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.Severity;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.text.ColumnText;
import io.switchboard.router.language.LanguageDetector;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.router.reply.Replies;
import io.switchboard.router.threading.ThreadedMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks what members post in public and who joins a group, decides by the configured action for
 * the worst finding, carries the action out and records the decision, in the intake's transaction.
 * Private chats with the bot are not checked: nobody else reads them. The official accounts
 * ({@code allowedHandles}) are never checked.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Guard {

    private static final Logger log = LoggerFactory.getLogger(Guard.class);
    private static final int EXCERPT_LENGTH = 500;
    /** The rule of a message its connector screened as impersonating the exchange. */
    static final String IMPERSONATION_RULE = "sender.impersonation";

    private final GuardProperties properties;
    private final CurrentDetector detector;
    private final GuardActions actions;
    private final GuardDecisionRepository decisions;
    private final Outbox outbox;
    private final Replies replies;
    private final RemovedMessages removed;
    private final Clock clock;

    Guard(GuardProperties properties, CurrentDetector detector, GuardActions actions, GuardDecisionRepository decisions,
            Outbox outbox, Replies replies, RemovedMessages removed, Clock clock) {
        this.properties = properties;
        this.detector = detector;
        this.actions = actions;
        this.decisions = decisions;
        this.outbox = outbox;
        this.replies = replies;
        this.removed = removed;
        this.clock = clock;
    }

    /**
     * Checks a member's public message and its author's name; true when the message must not go on
     * to the answer engine (held, removed, or its author muted or banned). Links that do not show
     * where they lead (X's {@code t.co}) are checked at their destinations.
     */
    public boolean stopsMessage(InboundMessage inbound, ThreadedMessage message) {
        if (!checks(inbound)) {
            return false;
        }
        ScamDetector scams = detector.get();
        String text = inbound.textWithLinkTargets();
        List<Finding> textFindings = scams.checkMessage(text);
        List<Finding> nameFindings = scams.checkName(inbound.author().displayName(), inbound.author().handle());
        if (textFindings.isEmpty() && nameFindings.isEmpty()) {
            return false;
        }
        GuardAction onText = textFindings.isEmpty() ? null : properties.messages().forSeverity(worst(textFindings));
        GuardAction onName = nameFindings.isEmpty() ? null : properties.names().forSeverity(worst(nameFindings));
        boolean byText = onName == null || onText != null && onText.compareTo(onName) >= 0;
        List<Finding> all = new ArrayList<>(textFindings);
        all.addAll(nameFindings);
        GuardDecision decision = decide(inbound, byText ? GuardSubject.MESSAGE : GuardSubject.NAME,
                byText ? text : nameOf(inbound.author()), all, byText ? onText : onName);
        if (decision == null) {
            return true;
        }
        actOnMessage(decision, inbound, message);
        return decision.getAction() != GuardAction.FLAG;
    }

    /**
     * Checks the new text of an edited public message, so an innocent message edited into a phishing
     * link gets what the link would have got in the first place. Only the text: the author's name was
     * checked with the message. The guard acts only when the edit calls for more than it already did
     * on that message (flagged, then edited into a link to delete: deleted), so an edit of a flagged
     * message, or of a hidden comment, is not decided twice. Nothing is answered for an edit.
     *
     * <p>Only edits of stored messages come here: what was never stored (a channel's broadcast posts,
     * a member's {@code /status}) was never checked either.
     *
     * @param stored the edited message in its thread
     */
    public void checkEdit(InboundMessage edit, ThreadedMessage stored) {
        if (!checks(edit)) {
            return;
        }
        String text = edit.textWithLinkTargets();
        List<Finding> findings = detector.get().checkMessage(text);
        if (findings.isEmpty()) {
            return;
        }
        GuardAction action = properties.messages().forSeverity(worst(findings));
        boolean decidedAlready = decisions.findByChannelAndMessageId(edit.channel(), edit.messageId()).stream()
                .anyMatch(earlier -> earlier.getAction().compareTo(action) >= 0);
        if (decidedAlready) {
            return;
        }
        GuardDecision decision = decide(edit, GuardSubject.MESSAGE, text, findings, action);
        if (decision != null) {
            actOnMessage(decision, edit, stored);
        }
    }

    private boolean checks(InboundMessage inbound) {
        return properties.enabled() && !inbound.privateChat() && !isOfficial(inbound.author());
    }

    private void actOnMessage(GuardDecision decision, InboundMessage inbound, ThreadedMessage message) {
        carryOut(decision, inbound);
        if (decision.getRemoval() != null) {
            removed.removed(message.message(), GuardActions.Removal.valueOf(decision.getRemoval()));
        }
        // a warning in a conversation the removal took out of sight (a forum topic) would be read by nobody
        if (decision.getAction().compareTo(GuardAction.DELETE) >= 0
                && !(decision.getRemoval() != null && actions.removalHidesConversation(decision))) {
            warn(decision, inbound, message);
        }
    }

    /**
     * Holds a message its connector found to impersonate the exchange (a mail from outside claiming our own
     * domain, failing the sender checks) for moderators, with the connector's reason as the finding. It is
     * the connector's finding, not the guard's check: recorded in private conversations too, and whatever
     * the guard's own settings, since the message is never answered either way.
     */
    public void flagImpersonation(InboundMessage inbound, String reason) {
        GuardDecision decision = decide(inbound, GuardSubject.MESSAGE, inbound.text(),
                List.of(new Finding(IMPERSONATION_RULE, Severity.HIGH, reason)), GuardAction.HOLD);
        if (decision != null) {
            carryOut(decision, inbound);
        }
    }

    /** Checks the name of a member who joined a group; hold and delete are a flag there. */
    public void checkJoin(InboundMessage join) {
        if (!properties.enabled() || isOfficial(join.author())) {
            return;
        }
        List<Finding> findings = detector.get().checkName(join.author().displayName(), join.author().handle());
        if (findings.isEmpty()) {
            return;
        }
        GuardAction action = properties.names().forSeverity(worst(findings));
        // a join has no message to hold or delete: moderators look at it instead
        GuardDecision decision = decide(join, GuardSubject.NAME, nameOf(join.author()), findings,
                action == GuardAction.HOLD || action == GuardAction.DELETE ? GuardAction.FLAG : action);
        if (decision != null) {
            carryOut(decision, join);
        }
    }

    /** The stored decision, or null when this event was decided before (processed twice). */
    private GuardDecision decide(InboundMessage inbound, GuardSubject subject, String checked, List<Finding> findings,
            GuardAction action) {
        String eventKey = "guard:" + inbound.channel().key() + ":" + inbound.eventId();
        if (decisions.findByEventKey(eventKey).isPresent()) {
            return null;
        }
        List<Finding> worstFirst = findings.stream().sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        Finding worst = worstFirst.get(0);
        Author author = inbound.author();
        GuardDecision decision = decisions.save(new GuardDecision(eventKey, inbound.channel(), inbound.chat().chatId(),
                inbound.conversationKey(), inbound.messageId(),
                author.platformId(), author.displayName(), author.handle(), subject, excerpt(checked), worst.rule(),
                worst.severity(), worstFirst.stream().map(f -> f.rule() + " (" + f.severity().name().toLowerCase(Locale.ROOT)
                        + "): " + f.explanation()).collect(Collectors.joining("\n")), action, clock.instant()));
        log.info("Guard: {} {} in {} chat {} by member {}: {} ({})", action.key(), subject.name().toLowerCase(Locale.ROOT),
                inbound.channel().key(), inbound.chat().chatId(), author.platformId(), worst.rule(), worst.severity());
        return decision;
    }

    /**
     * Carries the action out as far as the channel can: what it does not offer there, refuses or
     * fails to do is left to moderators (the decision is FAILED, with why, and its queue item lists
     * each action not done). Nothing the platform does or does not do undoes the decision.
     */
    private void carryOut(GuardDecision decision, InboundMessage inbound) {
        GuardAction action = decision.getAction();
        if (action == GuardAction.FLAG || action == GuardAction.HOLD) {
            actions.flag(decision, inbound.text(), action == GuardAction.HOLD, List.of());
            return;
        }
        List<GuardActionFailed> failures = new ArrayList<>();
        List<String> done = new ArrayList<>();
        if (inbound.kind() != InboundKind.JOIN) {
            attempt(done, failures, "message removed", () -> decision.recordRemoval(actions.remove(decision).name()));
        }
        if (action == GuardAction.MUTE) {
            attempt(done, failures, "member muted for " + properties.muteFor(),
                    () -> actions.mute(decision, properties.muteFor()));
        } else if (action == GuardAction.BAN) {
            attempt(done, failures, "member banned", () -> actions.ban(decision));
        }
        if (failures.isEmpty()) {
            decision.recordOutcome(GuardOutcome.DONE, String.join("; ", done));
        } else {
            // a moderator has to finish what the platform did not take
            actions.flag(decision, inbound.text(), false, failures);
            decision.recordOutcome(GuardOutcome.FAILED, String.join("; ", done));
        }
    }

    private static void attempt(List<String> done, List<GuardActionFailed> failures, String what, Runnable action) {
        try {
            action.run();
            done.add(what);
        } catch (GuardActionFailed e) {
            failures.add(e);
            done.add("not " + what + ": " + e.getMessage());
        }
    }

    /** "Staff will never message you first", in the member's language, in the group the message was in. */
    private void warn(GuardDecision decision, InboundMessage inbound, ThreadedMessage message) {
        String text = replies.guardWarning(LanguageDetector.resolve(message.member().getLanguage(), inbound.text()),
                inbound.channel());
        outbox.enqueue("guard-warning:" + decision.getId(), message.thread(), null, text);
    }


    private boolean isOfficial(Author author) {
        return detector.get().isOfficialHandle(author.handle());
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static String nameOf(Author author) {
        String name = author.displayName() == null ? "" : author.displayName();
        return author.handle() == null ? name : name + " (@" + author.handle() + ")";
    }

    private static String excerpt(String text) {
        return ColumnText.excerpt(text, EXCERPT_LENGTH);
    }
}
