package io.switchboard.connector.email.sending;

import io.switchboard.connector.email.ConditionalOnEmail;
import io.switchboard.connector.email.EmailProperties;
import io.switchboard.core.attachment.AttachmentContent;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.Attachment;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * Builds the mail of an outbound message: From our display name and address, Reply-To the support address, To
 * the member; the subject of the thread with "Re:" and the ticket number; a Message-ID fixed by the delivery key,
 * In-Reply-To and References so the member's client threads it; {@code Auto-Submitted} on the bot's mails; the
 * body as text/plain and text/html alternatives in the member's language; stored files as attachments.
 */
@Component
@ConditionalOnEmail
class MailComposer {

    /** Clients thread by References; past this many the header only grows, so the oldest but the first go. */
    static final int MAX_REFERENCES = 20;
    private static final Pattern REPLY_PREFIXES =
            Pattern.compile("^(?:\\s*(?:re|回复|答复|回覆)\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKET_TAG = Pattern.compile("\\s*\\[T-\\d+]\\s*");

    private final EmailProperties properties;
    private final Attachments attachments;
    private final Clock clock;
    private final ReplyTemplates templates = new ReplyTemplates();
    /** Only for building messages: the transport brings its own session when sending. */
    private final Session session = Session.getInstance(new Properties());

    MailComposer(EmailProperties properties, Attachments attachments, Clock clock) {
        this.properties = properties;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The mail, ready to send; its Message-ID stays as set here through {@link MimeMessage#saveChanges()}. */
    MimeMessage compose(OutboundMessage message, ReplyFacts facts) {
        String language = language(facts.language(), message.text());
        String messageId = MessageIds.of(message.deliveryKey(), message.conversationKey(),
                EmailProperties.domainOf(properties.supportAddress()));
        try {
            MimeMessage mail = new FixedIdMessage(session, messageId);
            mail.setFrom(new InternetAddress(properties.supportAddress(), properties.displayName(), "UTF-8"));
            mail.setReplyTo(new InternetAddress[] {new InternetAddress(properties.supportAddress())});
            mail.setRecipient(MimeMessage.RecipientType.TO, recipient(message.chatId()));
            mail.setSubject(subject(message.subject(), facts, language), "UTF-8");
            mail.setSentDate(Date.from(clock.instant()));
            mail.setHeader("Content-Language", language);
            threading(mail, message.replyToMessageId(), facts);
            if (message.sender().kind() != Sender.Kind.STAFF) {
                // RFC 3834: an automatic answer says so, so that auto-responders and vacation replies stay quiet;
                // Exchange reads its own header for the same.
                mail.setHeader("Auto-Submitted", "auto-replied");
                mail.setHeader("X-Auto-Response-Suppress", "All");
            }
            mail.setContent(body(message, facts, language));
            mail.saveChanges();
            return mail;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw DeliveryException.permanent("the mail to " + message.chatId() + " cannot be built: " + e.getMessage(),
                    e);
        }
    }

    /** The thread's language when it has one of ours (zh, en), else zh for a text in Chinese, else en. */
    static String language(String threadLanguage, String text) {
        if (threadLanguage != null && !threadLanguage.isBlank()) {
            return threadLanguage.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
        }
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }

    /**
     * The message's own subject, else "Re: " and the thread's first subject without its reply prefixes; with the
     * ticket's number, by which a member's new mail about the case finds it again.
     */
    static String subject(String own, ReplyFacts facts, String language) {
        String subject;
        if (own != null && !own.isBlank()) {
            subject = own.strip();
        } else {
            String base = facts.threadSubject() == null ? ""
                    : TICKET_TAG.matcher(REPLY_PREFIXES.matcher(facts.threadSubject()).replaceFirst("")).replaceAll(" ")
                            .strip();
            subject = "Re: " + (base.isEmpty() ? ReplyTemplates.message(language, "subject.default") : base);
        }
        String tag = "[" + facts.ticketNumber() + "]";
        return facts.ticketNumber() == null || subject.contains(tag) ? subject : subject + " " + tag;
    }

    private static void threading(MimeMessage mail, String replyTo, ReplyFacts facts) throws MessagingException {
        String answered = replyTo != null ? replyTo : facts.lastInboundId();
        if (answered != null) {
            mail.setHeader("In-Reply-To", MessageIds.bracketed(answered));
        }
        List<String> chain = new ArrayList<>(facts.messageIds());
        if (answered != null) {
            chain.remove(answered);
            chain.add(answered);
        }
        if (chain.size() > MAX_REFERENCES) {
            List<String> kept = new ArrayList<>(List.of(chain.get(0)));
            kept.addAll(chain.subList(chain.size() - (MAX_REFERENCES - 1), chain.size()));
            chain = kept;
        }
        if (!chain.isEmpty()) {
            mail.setHeader("References", String.join(" ", chain.stream().map(MessageIds::bracketed).toList()));
        }
    }

    private MimeMultipart body(OutboundMessage message, ReplyFacts facts, String language) throws MessagingException {
        Map<String, Object> variables = new HashMap<>();
        variables.put("answer", message.sender().kind() == Sender.Kind.BOT_ANSWER);
        variables.put("agentName", facts.agentName());
        variables.put("ticketNumber", facts.ticketNumber());
        ReplyTemplates.Bodies bodies = templates.render(language, plain(message.text(), message.format()), variables);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(bodies.plain(), "UTF-8");
        alternative.addBodyPart(plain);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(bodies.html(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (message.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternative);
        mixed.addBodyPart(text);
        for (Attachment file : message.attachments()) {
            mixed.addBodyPart(attachment(file));
        }
        return mixed;
    }

    private MimeBodyPart attachment(Attachment file) throws MessagingException {
        OptionalLong id = Attachments.idOf(file.fileId());
        AttachmentContent content = (id.isPresent() ? attachments.content(id.getAsLong()) : Optional.<AttachmentContent>empty())
                .orElseThrow(() -> DeliveryException.permanent("the file " + file.fileId()
                        + " is not a stored attachment (any more), so the mail cannot carry it", null));
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.bytes(), content.meta().contentType())));
        part.setFileName(content.meta().filename());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        // A file's bytes exactly: a text-like file sent as 7bit would have its line ends rewritten on the way.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** A reply written in Telegram's HTML subset as text: tags gone, a link's address kept after its words. */
    private static String plain(String text, TextFormat format) {
        if (format != TextFormat.HTML) {
            return text;
        }
        Document html = Jsoup.parseBodyFragment(text);
        html.select("a[href]").forEach((Element link) -> link.replaceWith(new TextNode(
                link.text().equals(link.attr("href")) ? link.attr("href") : link.text() + " " + link.attr("href"))));
        return html.body().wholeText();
    }

    private static InternetAddress recipient(String chatId) {
        try {
            return new InternetAddress(chatId, true);
        } catch (AddressException e) {
            throw DeliveryException.permanent("'" + chatId + "' is not an e-mail address: " + e.getMessage(), e);
        }
    }

    /** Keeps the Message-ID chosen here: a plain MimeMessage makes a new one whenever it is saved. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
