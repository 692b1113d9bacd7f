package io.switchboard.connector.email.inbox;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.apache.camel.support.service.ServiceSupport;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the mail route polls: every {@code poll-interval}, and, where the server offers IMAP IDLE (and
 * {@code imap.idle} is on), as soon as the server says new mail arrived. A connection of its own waits in IDLE on
 * the folder; each new-mail notice runs a poll of the route (at most one queued at a time), on the same single
 * thread as the timed polls, so polls never overlap. Without IDLE, or while its connection is down, the timed
 * polls alone read the mailbox.
 *
 * <p>The IDLE connection has a read timeout of the poll interval plus the usual read timeout, and after every
 * timed poll the wait is renewed (any command ends an IDLE): a connection the network silently dropped is noticed
 * and opened again, and the server's own IDLE limit (29 minutes in RFC 2177) is never reached.
 */
final class IdleScheduler extends ServiceSupport implements ScheduledPollConsumerScheduler {

    private static final Logger log = LoggerFactory.getLogger(IdleScheduler.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);

    private final Mailbox mailbox;
    private final Duration pollInterval;
    private final Duration readTimeout;
    private final boolean idleWanted;
    private final InboxHealth health;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private CamelContext camelContext;
    private volatile Runnable task;
    private ScheduledExecutorService polls;
    private Thread watcher;
    private volatile boolean watching;
    private volatile Folder watched;

    IdleScheduler(Mailbox mailbox, Duration pollInterval, Duration readTimeout, boolean idleWanted, InboxHealth health) {
        this.mailbox = mailbox;
        this.pollInterval = pollInterval;
        this.readTimeout = readTimeout;
        this.idleWanted = idleWanted;
        this.health = health;
    }

    @Override
    public void onInit(Consumer consumer) {
        // the consumer hands its poll over in scheduleTask
    }

    @Override
    public void scheduleTask(Runnable task) {
        this.task = task;
    }

    @Override
    public void unscheduleTask() {
        this.task = null;
    }

    @Override
    public synchronized void startScheduler() {
        if (polls != null) {
            return;
        }
        polls = camelContext.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "email-inbox");
        polls.scheduleWithFixedDelay(this::timedPoll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (idleWanted) {
            watching = true;
            watcher = new Thread(this::watch, "email-inbox-idle");
            watcher.setDaemon(true);
            watcher.start();
        } else {
            health.waitingBy("a poll every " + pollInterval + " (IDLE switched off)");
        }
    }

    @Override
    public synchronized boolean isSchedulerStarted() {
        return polls != null;
    }

    private void timedPoll() {
        runPoll();
        renewIdle();
    }

    private void runPoll() {
        Runnable poll = task;
        if (poll != null) {
            poll.run();
        }
    }

    /** New mail: one poll now, unless one is already waiting to run. */
    private void wake() {
        ScheduledExecutorService executor = polls;
        if (executor != null && wakeQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeQueued.set(false);
                runPoll();
            });
        }
    }

    /** Any command on the folder ends its IDLE; the watch loop then idles again, on a connection proven alive. */
    private void renewIdle() {
        Folder folder = watched;
        if (folder != null && folder.isOpen()) {
            try {
                folder.getMessageCount();
            } catch (MessagingException | IllegalStateException e) {
                log.debug("Renewing IMAP IDLE failed; the watch reconnects", e);
            }
        }
    }

    private void watch() {
        while (watching) {
            try {
                if (!watchOnce()) {
                    return;
                }
            } catch (MessagingException | RuntimeException e) {
                if (!watching) {
                    return;
                }
                health.waitingBy("a poll every " + pollInterval + " (IDLE connection lost, reconnecting)");
                log.warn("IMAP IDLE on {} stopped ({}); the poll interval reads the mailbox until it is back",
                        mailbox.describe(), mailbox.withoutSecret(e.getMessage()));
                pause();
            }
        }
    }

    /** @return false when the server has no IDLE: the poll interval is all there is */
    private boolean watchOnce() throws MessagingException {
        try (Store store = idleSession().getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                health.waitingBy("a poll every " + pollInterval + " (the server offers no IDLE)");
                log.info("The mail server offers no IMAP IDLE: reading {} every {}", mailbox.describe(), pollInterval);
                return false;
            }
            IMAPFolder folder = (IMAPFolder) store.getFolder(mailbox.folder());
            folder.open(Folder.READ_ONLY);
            folder.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent event) {
                    wake();
                }
            });
            watched = folder;
            health.waitingBy("IMAP IDLE, and a poll every " + pollInterval);
            // mail that came while nothing watched
            wake();
            try {
                while (watching && folder.isOpen()) {
                    folder.idle();
                }
            } finally {
                watched = null;
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
            return true;
        }
    }

    /** The route's session, with a read timeout long enough to sit in IDLE between two renewals. */
    private Session idleSession() {
        Session session = mailbox.session();
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        properties.setProperty("mail." + mailbox.protocol() + ".timeout",
                Long.toString(pollInterval.plus(readTimeout).toMillis()));
        return Session.getInstance(properties);
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watching = false;
        }
    }

    @Override
    protected void doStop() {
        watching = false;
        renewIdle();
        Thread thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.interrupt();
        }
        synchronized (this) {
            if (polls != null) {
                camelContext.getExecutorServiceManager().shutdownGraceful(polls);
                polls = null;
            }
        }
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }
}
