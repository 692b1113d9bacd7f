package io.switchboard.router.reply;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.ForwardOrigin;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.router.decision.VerifyRequest;
import io.switchboard.router.language.Language;
import io.switchboard.router.language.LanguageDetector;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.check.Reason;
import io.switchboard.verify.check.ReasonCode;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.check.VerificationWording.Wording;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import io.switchboard.verify.report.SuspectReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "is this really the exchange?" in a private chat with the bot, on any channel (in a group, where others
 * read along, the bot points to a private chat): {@code /verify <thing>}
 * with the verifier's verdict in the member's language, and a message the member forwarded with a verdict on its
 * sender and on each link (hidden ones too), e-mail address, phone number and handle in it, each that is not official
 * reported to the moderators ({@link SuspectReports}). Never a ticket: like {@code /status}, nothing is threaded.
 * Every answer ends with the {@link TrustLine}.
 * Runs in the intake transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class VerificationAnswers {

    private final Verifier verifier;
    private final VerificationWording wording;
    private final OfficialRegistry registry;
    private final MemberRepository members;
    private final Replies replies;
    private final TrustLine trustLine;
    private final Outbox outbox;
    private final SuspectReports reports;

    VerificationAnswers(Verifier verifier, VerificationWording wording, OfficialRegistry registry,
            MemberRepository members, Replies replies, TrustLine trustLine, Outbox outbox, SuspectReports reports) {
        this.verifier = verifier;
        this.wording = wording;
        this.registry = registry;
        this.members = members;
        this.replies = replies;
        this.trustLine = trustLine;
        this.outbox = outbox;
        this.reports = reports;
    }

    /**
     * Queues the answer to {@code inbound}, a member's {@code /verify}. In a group only a pointer to a private chat:
     * what a member checks is often what a scammer sent them, and the group reads along.
     */
    public void answer(InboundMessage inbound, VerifyRequest request) {
        Language language = languageOf(inbound, request.empty() ? "" : request.thing());
        String text = !inbound.privateChat() ? replies.verifyPrivately(language)
                : request.empty() ? replies.verifyUsage(language)
                : trustLine.after(String.join("\n", lines(wording.describe(verifier.check(request.thing()),
                        language.locale()))), language);
        send(inbound, text);
    }

    /**
     * Queues the answer to {@code inbound}, a message the member forwarded ({@link InboundMessage#forwardedFrom()}
     * is set): its sender first, then what is in its text, one numbered verdict each, then what to do if anything
     * is not official.
     */
    public void answerForwarded(InboundMessage inbound) {
        // the text is the scammer's, not the member's: their language is what they told the platform or us
        Language language = languageOf(inbound, "");
        Locale locale = language.locale();
        Checked sender = sender(inbound.channel(), inbound.forwardedFrom());
        List<Checked> checked = new ArrayList<>();
        checked.add(sender);
        for (Verification found : verifier.checkText(inbound.text(), List.copyOf(inbound.linkTargets().values()))) {
            // the sender's handle quoted in the text is the sender again
            if (found.normalized() == null || !found.normalized().equals(sender.verification().normalized())) {
                checked.add(new Checked(found.query(), found));
            }
        }
        StringBuilder text = new StringBuilder(replies.verifyForwarded(language));
        String advice = null;
        for (int i = 0; i < checked.size(); i++) {
            Checked one = checked.get(i);
            Wording words = wording.describe(one.verification(), locale);
            String what = one == sender ? replies.verifySender(language, one.what()) : one.what();
            text.append('\n').append(replies.verifyItem(language, i + 1, what, words.headline()));
            words.details().forEach(detail -> text.append("\n   ").append(detail));
            if (one.verification().verdict() == Verdict.NOT_OFFICIAL && advice == null) {
                advice = words.advice();
            }
        }
        if (advice != null && !advice.isBlank()) {
            text.append("\n\n").append(advice);
        }
        if (report(inbound, checked, sender) > 0) {
            text.append("\n").append(replies.verifyReported(language));
        }
        send(inbound, trustLine.after(text.toString(), language));
    }

    /**
     * A member who forwards a message to the bot reports it: each thing in it that is not official is counted for
     * the moderators' list of reported fakes, with the message as the evidence. A sender known only by the name
     * they go by is left out: a name is no address a platform could take down.
     *
     * @return how many things were reported
     */
    private int report(InboundMessage inbound, List<Checked> checked, Checked sender) {
        String reporter = inbound.channel().key() + ":" + inbound.author().platformId();
        int reported = 0;
        for (Checked one : checked) {
            boolean namedOnly = one == sender && inbound.forwardedFrom().handle() == null;
            if (one.verification().verdict() == Verdict.NOT_OFFICIAL && !namedOnly) {
                reports.report(one.verification(), inbound.text(), inbound.channel().key(), reporter);
                reported++;
            }
        }
        return reported;
    }

    /**
     * The verdict on who wrote a forwarded message: by their username where they have one (on Telegram as a
     * {@code t.me/} link, so only Telegram's registered accounts count), else by their id among the registered
     * accounts. A sender without either (a user hiding their account) is no registered account; named like a staff
     * member, the verdict says whose name it copies.
     */
    private Checked sender(Channel channel, ForwardOrigin origin) {
        String name = origin.name() != null ? origin.name() : origin.handle() != null ? "@" + origin.handle() : "?";
        String shown = origin.handle() != null && origin.name() != null ? name + " (@" + origin.handle() + ")" : name;
        if (origin.handle() != null) {
            String query = channel == Channel.TELEGRAM ? "https://t.me/" + origin.handle() : "@" + origin.handle();
            return new Checked(shown, verifier.check(query));
        }
        RegistrySnapshot snapshot = registry.snapshot();
        QueryKind kind = channel == Channel.TELEGRAM ? QueryKind.TELEGRAM : QueryKind.HANDLE;
        if (origin.id() != null && channel == Channel.TELEGRAM) {
            Optional<Verification> registered = snapshot.account(OfficialKind.TELEGRAM, origin.id())
                    .map(entry -> new Verification(name, kind, origin.id(), Verdict.OFFICIAL, entry,
                            List.of(new Reason(ReasonCode.REGISTERED, entry.display()))));
            if (registered.isPresent()) {
                return new Checked(shown, registered.get());
            }
        }
        Reason why = staffNamed(snapshot, name).map(staff -> new Reason(ReasonCode.NOT_A_STAFF_ACCOUNT, staff))
                .orElse(new Reason(ReasonCode.NOT_REGISTERED, name));
        return new Checked(shown, new Verification(name, kind, Objects.requireNonNullElse(origin.id(), name),
                Verdict.NOT_OFFICIAL, null, List.of(why)));
    }

    /** The staff member whose full name the sender's name holds, letters compared without case or spacing. */
    private static Optional<String> staffNamed(RegistrySnapshot snapshot, String name) {
        String letters = lettersOf(name);
        return snapshot.staffNames().stream()
                .filter(staff -> !lettersOf(staff).isEmpty() && letters.contains(lettersOf(staff))).findFirst();
    }

    private static String lettersOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<String> lines(Wording words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.headline());
        lines.addAll(words.details());
        if (words.advice() != null && !words.advice().isBlank()) {
            lines.add(words.advice());
        }
        return lines;
    }

    private Language languageOf(InboundMessage inbound, String text) {
        String declared = inbound.author().language();
        if (declared == null) {
            declared = members.findByChannelAndPlatformId(inbound.channel(), inbound.author().platformId())
                    .map(Member::getLanguage).orElse(null);
        }
        return LanguageDetector.resolve(declared, text);
    }

    private void send(InboundMessage inbound, String text) {
        outbox.enqueue(Responder.replyKey(inbound), new OutboundMessage(inbound.channel(), inbound.chat().chatId(),
                inbound.conversationKey(), inbound.messageId(), text, TextFormat.PLAIN));
    }

    /** One thing checked, as the list names it. */
    private record Checked(String what, Verification verification) {
    }
}
