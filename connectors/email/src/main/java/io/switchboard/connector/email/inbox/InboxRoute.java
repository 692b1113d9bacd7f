package io.switchboard.connector.email.inbox;

import io.switchboard.connector.email.EmailProperties;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.springframework.util.StringUtils;

/**
 * Route {@value #ROUTE_ID}: the support mailbox's unread mail, one exchange per mail, each handed to
 * {@link MailIntake}, on the instance holding the {@value #POLLER} poller ({@link InboxPolls}), woken by IMAP
 * IDLE or the poll interval ({@link IdleScheduler}).
 *
 * <p>Stored first, marked after: the mail is fetched with {@code peek} (reading it does not mark it seen), and
 * only when the exchange completes, so after {@link MailIntake} returned and the pipeline committed the message,
 * does Camel mark it seen and move it to the processed folder. A failed exchange leaves the mail unseen where it
 * was, and the next poll reads it again; a crash after the commit and before the mark does the same, and the
 * second hand-in finds the Message-ID stored and stores nothing. Nothing is deleted.
 */
final class InboxRoute extends RouteBuilder {

    static final String ROUTE_ID = "email-inbox";
    /** The poller's name among instances (its lock). */
    static final String POLLER = "email-inbox";
    /**
     * Mails handed in per poll at most: a poll holds the folder open while it works, and a backlog after an
     * outage is read in slices, each marked as it goes, instead of in one long poll.
     */
    static final int MAX_MESSAGES_PER_POLL = 50;
    private static final String SCHEDULER = "emailInboxScheduler";

    private final EmailProperties.Imap imap;
    private final Mailbox mailbox;
    private final MailIntake intake;
    private final InboxPolls polls;
    private final InboxHealth health;

    InboxRoute(EmailProperties.Imap imap, MailIntake intake, InboxPolls polls, InboxHealth health) {
        this.imap = imap;
        this.mailbox = new Mailbox(imap);
        this.intake = intake;
        this.polls = polls;
        this.health = health;
    }

    @Override
    public void configure() {
        from(endpoint()).routeId(ROUTE_ID)
                .process(exchange -> intake.take((MimeMessage) exchange.getIn(MailMessage.class).getOriginalMessage()))
                .id("take-mail");
        log.info("E-mail inbox: reading {}{}; new mail by {}", mailbox.describe(),
                StringUtils.hasText(imap.processedFolder()) ? ", moving what is stored to " + imap.processedFolder() : "",
                imap.idle() ? "IMAP IDLE where the server offers it, and a poll every " + imap.pollInterval()
                        : "a poll every " + imap.pollInterval());
    }

    private MailEndpoint endpoint() {
        StringBuilder uri = new StringBuilder(mailbox.protocol()).append("://").append(mailbox.host()).append(':')
                .append(mailbox.port())
                .append("?peek=true&unseen=true&delete=false")
                // the mail is read from the session's own message; Camel copying body and files is not needed
                .append("&mapMailMessage=false")
                .append("&skipFailedMessage=false&handleFailedMessage=false")
                .append("&maxMessagesPerPoll=").append(MAX_MESSAGES_PER_POLL)
                // a moved mail is only flagged deleted until the folder is closed (expunged) at the end of the poll
                .append("&closeFolder=").append(StringUtils.hasText(imap.processedFolder()))
                .append("&connectionTimeout=").append(imap.connectTimeout().toMillis())
                // the endpoint takes a scheduler of its own only by reference, when the endpoint is made
                .append("&scheduler=#").append(SCHEDULER);
        getContext().getRegistry().bind(SCHEDULER, ScheduledPollConsumerScheduler.class,
                new IdleScheduler(mailbox, imap.pollInterval(), imap.readTimeout(), imap.idle(), health));
        MailEndpoint endpoint = getContext().getEndpoint(uri.toString(), MailEndpoint.class);
        // folder names may hold spaces, slashes and non-ASCII: set as they are, not through the URI
        endpoint.getConfiguration().setFolderName(mailbox.folder());
        if (StringUtils.hasText(imap.processedFolder())) {
            endpoint.getConfiguration().setMoveTo(imap.processedFolder());
        }
        // not in the URI, which Camel shows in logs, JMX and route dumps
        endpoint.getConfiguration().setUsername(mailbox.username());
        endpoint.getConfiguration().setPassword(mailbox.password());
        endpoint.getConfiguration().setSession(mailbox.session());
        endpoint.setPollStrategy(polls);
        // errors within a poll that Camel would only log (see InboxPolls)
        endpoint.setExceptionHandler(polls);
        return endpoint;
    }
}
