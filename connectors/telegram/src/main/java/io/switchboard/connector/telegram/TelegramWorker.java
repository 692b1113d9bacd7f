package io.switchboard.connector.telegram;

import io.switchboard.core.cluster.PollerLeadership;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The connector's own daemon thread: learns the bot's username (getMe) unless configured, removes
 * the webhook (polling mode) or registers it (webhook mode with a webhook-url), then, in polling
 * mode, polls until the application stops. Each start-up call is retried with backoff, so a
 * Telegram outage at start-up delays the connector without stopping the application. With several
 * instances, only the one holding the poller's {@link PollerLeadership} polls; the others check
 * again every {@link #STANDBY_CHECK} and take over when it goes away.
 */
final class TelegramWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramWorker.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    static final String POLLER = "telegram";
    static final Duration STANDBY_CHECK = Duration.ofSeconds(5);

    @FunctionalInterface
    private interface Step {
        void run() throws BotApiException;
    }

    private final TelegramProperties properties;
    private final BotIdentity identity;
    private final BotApi api;
    private final Optional<UpdatePoller> poller;
    private final PollerLeadership leadership;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running;
    private Thread thread;

    /** @param poller present in polling mode */
    TelegramWorker(TelegramProperties properties, BotIdentity identity, BotApi api, Optional<UpdatePoller> poller,
            PollerLeadership leadership) {
        this.properties = properties;
        this.identity = identity;
        this.api = api;
        this.poller = poller;
        this.leadership = leadership;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "telegram-connector");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        stopSignal.countDown();
        api.stopWorkerCalls();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Telegram connector stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        log.info("Telegram connector starting in {} mode, Bot API at {}", properties.mode(), properties.apiUrl());
        if (!untilDone("getMe", this::learnUsername) || !untilDone("webhook set-up", this::setUpWebhook)) {
            return;
        }
        poller.ifPresent(this::pollUntilStopped);
    }

    private void pollUntilStopped(UpdatePoller updates) {
        log.info("Telegram connector polling for updates to @{}", identity.username());
        Backoff afterBug = new Backoff();
        while (running) {
            if (!leadership.mayPoll(POLLER)) {
                pause(STANDBY_CHECK);
                continue;
            }
            Duration wait;
            try {
                wait = updates.poll();
                afterBug.reset();
            } catch (RuntimeException e) {
                // a defect must not end the thread: polling would stop without anyone noticing
                wait = afterBug.next();
                log.error("Telegram polling failed unexpectedly; next try in {} s", wait.toSeconds(), e);
            }
            pause(wait);
        }
    }

    private void learnUsername() throws BotApiException {
        if (identity.known()) {
            return;
        }
        User me = api.workerCall(new GetMe());
        identity.learn(me.getUserName());
        log.info("Telegram bot is @{}", me.getUserName());
    }

    private void setUpWebhook() throws BotApiException {
        if (properties.mode() == TelegramProperties.Mode.POLLING) {
            // getUpdates answers 409 Conflict while a webhook is set
            api.workerCall(DeleteWebhook.builder().dropPendingUpdates(false).build());
            log.info("Telegram webhook removed (if there was one) so that getUpdates works");
        } else if (properties.webhookUrl() != null) {
            SetWebhook setWebhook = SetWebhook.builder()
                    .url(properties.webhookUrl().toString())
                    .secretToken(properties.webhookSecret())
                    .allowedUpdates(UpdateMapper.ALLOWED_UPDATES)
                    .build();
            api.workerCall(BotApi.nameOf(setWebhook), client -> client.execute(setWebhook));
            log.info("Telegram webhook registered at {}", properties.webhookUrl());
        } else {
            log.info("Telegram webhook mode: updates are expected at POST {}; webhook-url is not set, "
                    + "so the webhook must be registered outside Switchboard", TelegramWebhookController.PATH);
        }
    }

    /** @return false when the connector stopped before the step succeeded */
    private boolean untilDone(String what, Step step) {
        Backoff backoff = new Backoff();
        while (running) {
            try {
                step.run();
                return true;
            } catch (BotApiException e) {
                if (e.kind() == BotApiException.Kind.CANCELLED) {
                    return false;
                }
                Duration wait = backoff.after(e);
                log.warn("Telegram {} failed ({}); next try in {} s", what, e.getMessage(), wait.toSeconds());
                pause(wait);
            }
        }
        return false;
    }

    private void pause(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            stopSignal.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
