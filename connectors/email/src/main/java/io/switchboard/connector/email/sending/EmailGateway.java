package io.switchboard.connector.email.sending;

import io.switchboard.connector.email.ConditionalOnEmail;
import io.switchboard.connector.email.SmtpContact;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's EMAIL entries as mails over SMTP(S): replies in a support thread (threaded into the
 * member's conversation, see {@link MailComposer}) and standalone mails where no thread has the conversation (the
 * help center's notices, {@code help-request:<id>}). The receipt's id is the mail's Message-ID without
 * {@code <>}, the form the inbox keys mails by, so a member's answer to it joins the thread.
 *
 * <p>Whether an interrupted send arrived cannot be asked of an SMTP server, so {@link #findDelivered} keeps the
 * default: cannot tell, and the mail is sent again. The second copy carries the same Message-ID (it comes from the
 * delivery key), so mail servers and clients that drop duplicates drop it and our threading treats both as one.
 *
 * <p>Mail carries files and no buttons: a bot's answer says "reply to this e-mail if it did not help" instead of
 * offering choices, and a member's reply to it goes to an agent. No moderation, no announcements.
 */
@Component
@ConditionalOnEmail
class EmailGateway implements ChannelGateway {

    private final ReplyThreads threads;
    private final MailComposer composer;
    private final SmtpSubmission smtp;
    private final SmtpContact smtpContact;

    EmailGateway(ReplyThreads threads, MailComposer composer, SmtpSubmission smtp, SmtpContact smtpContact) {
        this.threads = threads;
        this.composer = composer;
        this.smtp = smtp;
        this.smtpContact = smtpContact;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public DeliveryReceipt send(OutboundMessage message) {
        MimeMessage mail = composer.compose(message, threads.of(message));
        try {
            smtp.send(mail);
        } catch (Exception e) {
            DeliveryException failure = SmtpFailures.of(e, message.chatId());
            // a refused recipient is that mail's problem; the server itself answered, and the channel works
            if (failure.kind() == DeliveryException.Kind.PERMANENT) {
                smtpContact.answered();
            } else {
                smtpContact.failed(failure.getMessage());
            }
            throw failure;
        }
        smtpContact.answered();
        return new DeliveryReceipt(MessageIds.bare(messageId(mail)));
    }

    @Override
    public boolean sendsAttachments(String conversationKey) {
        return true;
    }

    @Override
    public boolean followUpHandsOver(String conversationKey) {
        return true;
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw DeliveryException.noAnswer("the mail was sent but its Message-ID cannot be read: " + e.getMessage(), e);
        }
    }
}
