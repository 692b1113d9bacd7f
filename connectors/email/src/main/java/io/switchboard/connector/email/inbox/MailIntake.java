package io.switchboard.connector.email.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.reading.MachineMail;
import io.switchboard.connector.email.reading.MailAddress;
import io.switchboard.connector.email.reading.MailReader;
import io.switchboard.connector.email.reading.NoAnswerReason;
import io.switchboard.connector.email.reading.ReadMail;
import io.switchboard.connector.email.reading.UnreadableMailException;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.Screening;
import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.core.text.Sha256;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * One mail from the mailbox into the pipeline: read ({@link MailReader}), screened, its files stored, threaded
 * ({@link EmailConversations}) and handed to the {@link InboundPort}, which returns once the message is committed.
 * Only then does the route let Camel mark the mail seen. A mail already stored (its Message-ID is the event id) is
 * not handed in again.
 *
 * <p>Screening, the first that applies: a bounce is a {@link InboundKind#SIGNAL} that marks the reply it reports
 * ({@link MailBounces}); a mail claiming one of our domains that fails SPF/DMARC is {@code IMPERSONATION}; mail a
 * machine sent (auto-replies, lists), mail from our own address, and more than {@code max-per-sender-per-hour}
 * mails from one address in an hour are {@code NO_ANSWER} (RFC 3834: never answer a machine, never answer the
 * same sender without limit; this is what ends a loop of two auto-responders).
 *
 * <p>Mail that cannot be taken in (larger than {@code max-message-size}, or too broken to read) is flagged
 * ({@code \Flagged}) in the mailbox and logged with its Message-ID and sender, and then marked seen like every other:
 * left unseen it would be read again at every poll for ever. Whoever opens the mailbox finds it flagged.
 */
final class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final String CHAT_TYPE = "email";
    /**
     * The headers kept in the raw payload: who, when, threading, what RFC 3834 and the impersonation check read,
     * and the client. The rest (whole Received chains, DKIM signatures, spam scores) says nothing to staff and
     * later rules, and would make every stored mail several kilobytes larger.
     */
    static final Set<String> KEPT_HEADERS = Set.of("from", "to", "cc", "subject", "date", "message-id",
            "in-reply-to", "references", "auto-submitted", "precedence", "list-id", "authentication-results",
            "return-path", "content-language", "x-mailer", "user-agent");

    private final MailReader reader;
    private final InboundPort inbound;
    private final EmailConversations conversations;
    private final MailBounces bounces;
    private final MailFiles files;
    private final RateLimit perSender;
    private final EmailProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final InboxHealth health;

    MailIntake(MailReader reader, InboundPort inbound, EmailConversations conversations, MailBounces bounces,
            MailFiles files, RateLimits rateLimits,
            EmailProperties properties, ObjectMapper json, Clock clock, InboxHealth health) {
        this.reader = reader;
        this.inbound = inbound;
        this.conversations = conversations;
        this.bounces = bounces;
        this.files = files;
        this.perSender = rateLimits.limit("email.senders",
                LimitRule.perWindow(properties.maxPerSenderPerHour(), Duration.ofHours(1)));
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.health = health;
    }

    /**
     * Takes one mail in; returns once it is stored (or was already, or was set aside).
     *
     * @throws RuntimeException when it could not be stored: the mail stays unseen and is read again
     */
    void take(MimeMessage message) throws MessagingException {
        DataSize size = DataSize.ofBytes(Math.max(0, message.getSize()));
        if (size.compareTo(properties.maxMessageSize()) > 0) {
            setAside(message, "it has " + size.toMegabytes() + " MB, more than max-message-size "
                    + properties.maxMessageSize().toMegabytes() + " MB");
            return;
        }
        ReadMail mail;
        try {
            // Read from a copy of the whole mail, fetched in one command: walking the server's view of the parts
            // costs a round trip a part, and a server may describe a returned message in a bounce without its
            // headers (GreenMail does), which hid the Message-ID of the reply that bounced.
            mail = reader.read(new MimeMessage(message));
        } catch (UnreadableMailException e) {
            setAside(message, e.getMessage());
            return;
        }
        take(mail);
    }

    /** Takes in a mail already read. */
    void take(ReadMail mail) {
        String eventId = eventIdOf(mail);
        if (inbound.isStored(Channel.EMAIL, eventId)) {
            log.debug("Mail {} is stored already; marking it seen", eventId);
            return;
        }
        try {
            if (mail.bounce() != null) {
                inbound.accept(bounceSignal(mail, eventId));
            } else {
                takeWritten(mail, eventId);
            }
        } catch (RuntimeException e) {
            health.intakeFailed(e);
            throw e;
        }
    }

    private void takeWritten(ReadMail mail, String eventId) {
        boolean counted = false;
        Screening screening = screeningBeforeCount(mail);
        if (screening == Screening.NONE) {
            counted = perSender.tryTake(mail.from().address()).isZero();
            if (!counted) {
                screening = Screening.noAnswer(
                        NoAnswerReason.TOO_MANY.with(Integer.toString(properties.maxPerSenderPerHour())));
            }
        }
        List<String> notes = new ArrayList<>();
        List<Attachment> stored = files.store(mail.files(), mail.from().address(), notes);
        String text = notes.isEmpty() ? mail.visibleText()
                : (mail.visibleText() + "\n\n" + String.join("\n", notes)).strip();
        try {
            inbound.accept(message(mail, eventId, conversations.conversationOf(mail, eventId), InboundKind.MESSAGE,
                    text, stored, screening));
        } catch (RuntimeException e) {
            if (counted) {
                // read again at the next poll, where it is counted again
                perSender.giveBack(mail.from().address());
            }
            forgetFilesUnlessStored(eventId, stored);
            throw e;
        }
        if (screening != Screening.NONE) {
            log.info("Mail {} from {} kept without an answer ({}): {}", eventId, mail.from().address(),
                    screening.verdict(), screening.reason());
        }
    }

    /** The event may have been committed before the port failed: then its files are named and stay. */
    private void forgetFilesUnlessStored(String eventId, List<Attachment> stored) {
        if (stored.isEmpty()) {
            return;
        }
        boolean eventStored;
        try {
            eventStored = inbound.isStored(Channel.EMAIL, eventId);
        } catch (RuntimeException e) {
            // cannot tell: keeping a file nothing names is better than deleting one a message names
            return;
        }
        if (!eventStored) {
            files.forget(stored);
        }
    }

    private Screening screeningBeforeCount(ReadMail mail) {
        Optional<String> impersonation = MachineMail.impersonation(mail, properties.ownDomains());
        if (impersonation.isPresent()) {
            return Screening.impersonation(impersonation.get());
        }
        Optional<String> machine = MachineMail.noAnswerReason(mail);
        if (machine.isPresent()) {
            return Screening.noAnswer(machine.get());
        }
        if (mail.from().address().equals(properties.supportAddress())) {
            return Screening.noAnswer(NoAnswerReason.OWN_ADDRESS.with(properties.supportAddress()));
        }
        return Screening.NONE;
    }

    private InboundMessage bounceSignal(ReadMail mail, String eventId) {
        Optional<String> reply = bounces.record(mail.bounce(), eventId);
        String conversation = reply.orElseGet(() -> conversations.conversationOf(mail, eventId));
        String recipient = mail.bounce().recipient() == null ? "" : " to " + mail.bounce().recipient();
        return message(mail, eventId, conversation, InboundKind.SIGNAL,
                "Mail" + recipient + " bounced: " + mail.bounce().reason(), List.of(),
                Screening.noAnswer(NoAnswerReason.BOUNCE.with(mail.bounce().reason())));
    }

    private InboundMessage message(ReadMail mail, String eventId, String conversation, InboundKind kind, String text,
            List<Attachment> files, Screening screening) {
        MailAddress from = mail.from();
        Author author = new Author(from.address(), from.name() == null || from.name().isBlank() ? from.address()
                : from.name(), from.address(), null);
        Instant at = mail.sentAt() != null ? mail.sentAt() : clock.instant();
        return new InboundMessage(Channel.EMAIL, eventId, eventId, conversation,
                new ChatRef(from.address(), mail.subject(), CHAT_TYPE), author, kind, text, mail.inReplyTo(), files,
                at, true, true, rawPayload(mail, eventId), Map.of(), null, screening);
    }

    private String rawPayload(ReadMail mail, String messageId) {
        ObjectNode raw = json.createObjectNode();
        raw.put("messageId", messageId);
        raw.put("from", mail.from().address());
        raw.put("fromName", mail.from().name());
        raw.set("to", json.valueToTree(mail.to().stream().map(MailAddress::address).toList()));
        raw.put("subject", mail.subject());
        raw.put("date", mail.sentAt() == null ? null : mail.sentAt().toString());
        raw.put("inReplyTo", mail.inReplyTo());
        raw.set("references", json.valueToTree(mail.references()));
        raw.put("text", mail.text());
        if (mail.html() != null) {
            raw.put("html", mail.html());
        }
        raw.set("headers", json.valueToTree(keptHeaders(mail.headers())));
        try {
            return json.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }

    private static Map<String, List<String>> keptHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    /** The Message-ID; for a mail without one, a hash of what makes it this mail, the same at every reading. */
    static String eventIdOf(ReadMail mail) {
        if (mail.messageId() != null && !mail.messageId().isBlank()) {
            return mail.messageId();
        }
        String identity = mail.from().address() + "\n" + (mail.sentAt() == null ? "" : mail.sentAt().toString())
                + "\n" + mail.text();
        return "sha256:" + Sha256.hex(identity);
    }

    private void setAside(MimeMessage message, String why) throws MessagingException {
        message.setFlag(Flags.Flag.FLAGGED, true);
        Address[] from = message.getFrom();
        log.info("Mail {} from {} not taken in, left flagged in the mailbox: {}", message.getMessageID(),
                from == null ? "(no sender)" : Arrays.toString(from), why);
    }
}
