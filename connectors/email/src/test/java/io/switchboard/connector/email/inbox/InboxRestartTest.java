package io.switchboard.connector.email.inbox;

import static io.switchboard.connector.email.inbox.TestMails.folder;
import static io.switchboard.connector.email.inbox.TestMails.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.connector.email.EmailProperties;
import io.switchboard.connector.email.inbox.TestMails.Seen;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Duration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/**
 * The route in Camel contexts of the test's own, each on a mailbox of its own, started and stopped as an
 * instance of the application would be: a crash between storing and marking, IDLE, a standby instance.
 */
class InboxRestartTest extends InboxSpringTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void aCrashAfterStoringBeforeTheMailIsMarkedStoresItOnceAndMarksItAfterTheRestart() throws Exception {
        String mailbox = "restart-1@exchange.example";
        RecordingInboundPort router = new RecordingInboundPort();
        MAIL.deliver(mailbox, mail("crash-1@mail.example", "jo@mail.example", mailbox, "2FA", "Reset my 2FA please."));

        CamelContext dying = start(mailbox, new DiesAfterCommit(router), Duration.ofMinutes(10), false,
                PollerLeadership.SINGLE_INSTANCE);
        await().atMost(PATIENCE).until(() -> router.isStored(Channel.EMAIL, "crash-1@mail.example"));
        dying.stop();
        assertThat(folder(MAIL, mailbox, "INBOX")).contains(new Seen("crash-1@mail.example", false, false));

        CamelContext restarted = start(mailbox, router, Duration.ofSeconds(1), false, PollerLeadership.SINGLE_INSTANCE);
        try {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(folder(MAIL, mailbox, PROCESSED))
                    .contains(new Seen("crash-1@mail.example", true, false)));
        } finally {
            restarted.stop();
        }
        assertThat(router.stored()).extracting(InboundMessage::eventId).containsExactly("crash-1@mail.example");
        assertThat(router.duplicates()).isEmpty();
    }

    @Test
    void aCrashBeforeStoringLosesNothing() throws Exception {
        String mailbox = "restart-2@exchange.example";
        RecordingInboundPort router = new RecordingInboundPort();
        router.failNextAccept();
        MAIL.deliver(mailbox, mail("crash-2@mail.example", "kim@mail.example", mailbox, "Fees", "Why this fee?"));

        CamelContext first = start(mailbox, router, Duration.ofMinutes(10), false, PollerLeadership.SINGLE_INSTANCE);
        await().atMost(PATIENCE).until(() -> health(first).health().getDetails().get("lastIntakeError") != null);
        first.stop();
        assertThat(router.stored()).isEmpty();

        CamelContext second = start(mailbox, router, Duration.ofMinutes(10), false, PollerLeadership.SINGLE_INSTANCE);
        try {
            await().atMost(PATIENCE).until(() -> router.isStored(Channel.EMAIL, "crash-2@mail.example"));
        } finally {
            second.stop();
        }
        assertThat(router.stored()).hasSize(1);
    }

    @Test
    void withIdleNewMailIsReadAtOnceNotAtThePollInterval() throws Exception {
        String mailbox = "idle-1@exchange.example";
        RecordingInboundPort router = new RecordingInboundPort();
        MAIL.account(mailbox, "any");
        CamelContext camel = start(mailbox, router, Duration.ofMinutes(10), true, PollerLeadership.SINGLE_INSTANCE);
        try {
            InboxHealth health = health(camel);
            await().atMost(PATIENCE).until(() -> health.health().getStatus().equals(Status.UP)
                    && health.health().getDetails().get("newMail").toString().startsWith("IMAP IDLE"));

            MAIL.deliver(mailbox, mail("idle-1@mail.example", "lu@mail.example", mailbox, "Deposit", "Not credited."));

            await().atMost(PATIENCE).until(() -> router.isStored(Channel.EMAIL, "idle-1@mail.example"));
        } finally {
            camel.stop();
        }
    }

    @Test
    void aStandbyInstanceLeavesTheMailboxAlone() throws Exception {
        String mailbox = "standby-1@exchange.example";
        RecordingInboundPort router = new RecordingInboundPort();
        MAIL.deliver(mailbox, mail("standby-1@mail.example", "mo@mail.example", mailbox, "KYC", "KYC question."));

        CamelContext standby = start(mailbox, router, Duration.ofMillis(200), true, poller -> false);
        Thread.sleep(1500);
        standby.stop();

        assertThat(router.handedIn()).isEmpty();
        assertThat(folder(MAIL, mailbox, "INBOX")).contains(new Seen("standby-1@mail.example", false, false));
    }

    @Test
    void aFolderThatDoesNotExistMakesTheHealthDownWithTheReason() throws Exception {
        MAIL.account("no-folder-1@exchange.example", "any");
        CamelContext camel = start(imap("no-folder-1@exchange.example", MAIL.imapPort(), "Support Requests",
                Duration.ofMillis(300), false), new RecordingInboundPort(), PollerLeadership.SINGLE_INSTANCE);
        try {
            InboxHealth health = health(camel);
            await().atMost(PATIENCE).until(() -> health.health().getStatus().equals(Status.DOWN));

            assertThat(health.health().getDetails().get("lastError").toString()).contains("Support Requests");
        } finally {
            camel.stop();
        }
    }

    @Test
    void aRefusedLoginMakesTheHealthDownWithTheReasonButNotThePassword() throws Exception {
        GreenMail guarded = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        guarded.start();
        guarded.setUser("guarded-1@exchange.example", "guarded-1@exchange.example", "the-right-password");
        try {
            CamelContext camel = start(imap("guarded-1@exchange.example", guarded.getImap().getPort(), "INBOX",
                    Duration.ofMillis(300), true), new RecordingInboundPort(), PollerLeadership.SINGLE_INSTANCE);
            try {
                InboxHealth health = health(camel);
                await().atMost(PATIENCE).until(() -> health.health().getStatus().equals(Status.DOWN));

                assertThat(health.health().getDetails().get("lastError").toString()).containsIgnoringCase("auth");
                assertThat(health.health().toString()).doesNotContain(PASSWORD);
            } finally {
                camel.stop();
            }
        } finally {
            guarded.stop();
        }
    }

    private CamelContext start(String mailbox, InboundPort port, Duration pollInterval, boolean idle,
            PollerLeadership leadership) throws Exception {
        return start(imap(mailbox, MAIL.imapPort(), "INBOX", pollInterval, idle), port, leadership);
    }

    private static EmailProperties.Imap imap(String mailbox, int port, String folder, Duration pollInterval,
            boolean idle) {
        return new EmailProperties.Imap("127.0.0.1", port, EmailProperties.Security.NONE, mailbox, PASSWORD, folder,
                PROCESSED, idle, pollInterval, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** The process dies right after the pipeline committed the mail, before Camel could mark it seen. */
    private record DiesAfterCommit(RecordingInboundPort router) implements InboundPort {

        @Override
        public IntakeResult accept(InboundMessage message) {
            router.accept(message);
            throw new IllegalStateException("killed after the commit (test)");
        }

        @Override
        public boolean isStored(Channel channel, String eventId) {
            return router.isStored(channel, eventId);
        }

        @Override
        public void chatReachability(Channel channel, String chatId, boolean reachable) {
            router.chatReachability(channel, chatId, reachable);
        }
    }
}
