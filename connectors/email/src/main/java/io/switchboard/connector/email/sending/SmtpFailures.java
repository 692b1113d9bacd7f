package io.switchboard.connector.email.sending;

import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.NoAnswer;
import jakarta.mail.AuthenticationFailedException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Reads a failed SMTP submission for the outbox: 4xx replies are worth another try (after the wait the server
 * names, if it names one), 5xx refuse the mail for good, a refused login waits for an operator, and a connection
 * lost once the mail may have been handed over leaves unknown whether it was.
 */
final class SmtpFailures {

    private static final int MAX_CAUSES = 10;
    /** "try again in 5 minutes", "retry after 300 seconds": how servers that throttle say how long to wait. */
    private static final Pattern WAIT = Pattern.compile(
            "(?:try again|retry)\\D{0,20}?(\\d{1,5})\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)\\b");

    private SmtpFailures() {
    }

    static DeliveryException of(Exception failure, String recipient) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                // Not the mail's fault: every mail fails alike until an operator fixes the login; the channel's
                // breaker holds the outbox meanwhile, and the retries send the mail once it is fixed.
                return DeliveryException.transientFailure("the SMTP server refused our login (check"
                        + " switchboard.email.smtp.username and the SMTP password): " + words(cause), failure);
            }
        }
        Throwable replied = smtpReply(failure);
        if (replied != null) {
            int code = code(replied);
            String words = "SMTP " + code + " for " + recipient + ": " + words(replied);
            if (code >= 500) {
                return DeliveryException.permanent(words, failure);
            }
            if (code >= 400) {
                Duration wait = wait(replied.getMessage());
                return wait == null ? DeliveryException.transientFailure(words, failure)
                        : DeliveryException.rateLimited(wait, words);
            }
            // No reply code: the connection ended while we waited for the server's answer, maybe to our mail.
            return DeliveryException.noAnswer("the SMTP server gave no answer for the mail to " + recipient + ": "
                    + words(replied), failure);
        }
        if (NoAnswer.mayHaveArrived(failure)) {
            return DeliveryException.noAnswer("the SMTP connection failed while sending the mail to " + recipient
                    + ", it may have arrived: " + words(failure), failure);
        }
        return DeliveryException.transientFailure("the mail to " + recipient + " was not sent: " + words(failure)
                + because(failure), failure);
    }

    /**
     * The innermost cause, when there is one: Jakarta Mail's "Could not connect to SMTP host" alone does not say
     * whether the port was closed or the server's certificate was not trusted.
     */
    private static String because(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root == failure ? "" : " (" + root.getClass().getSimpleName() + ": " + words(root) + ")";
    }

    /** The most specific SMTP reply in the chain: the recipient's refusal, else the sender's, else the mail's. */
    private static Throwable smtpReply(Throwable failure) {
        Throwable found = null;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException) {
                return cause;
            }
            if (found == null && (cause instanceof SMTPSenderFailedException || cause instanceof SMTPSendFailedException)) {
                found = cause;
            }
        }
        return found;
    }

    private static int code(Throwable reply) {
        if (reply instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (reply instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        return ((SMTPSendFailedException) reply).getReturnCode();
    }

    static Duration wait(String reply) {
        if (reply == null) {
            return null;
        }
        Matcher wait = WAIT.matcher(reply.toLowerCase(Locale.ROOT));
        if (!wait.find()) {
            return null;
        }
        long amount = Long.parseLong(wait.group(1));
        return switch (wait.group(2).charAt(0)) {
            case 'h' -> Duration.ofHours(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** The server's own words, or the failure's: one line. */
    private static String words(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
