package io.switchboard.connector.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The connector's start-up calls, run by the {@link TelegramSetUpRoute} on every instance: learns
 * the bot's username (getMe) unless configured, then removes the webhook (polling mode) or registers
 * it (webhook mode with a webhook-url). A failed call is tried again after {@link TelegramRetries},
 * so a Telegram outage at start-up delays the connector without stopping the application. Polling
 * waits until this is done.
 */
final class TelegramSetUp {

    private static final Logger log = LoggerFactory.getLogger(TelegramSetUp.class);

    @FunctionalInterface
    private interface Step {
        void run() throws BotApiException;
    }

    private final TelegramProperties properties;
    private final BotIdentity identity;
    private final BotApi api;
    private final TelegramRetries retries = new TelegramRetries();
    private final Pause pause = new Pause();
    private volatile boolean usernameKnown;
    private volatile boolean done;

    TelegramSetUp(TelegramProperties properties, BotIdentity identity, BotApi api) {
        this.properties = properties;
        this.identity = identity;
        this.api = api;
    }

    boolean done() {
        return done;
    }

    /** Tries the calls not done yet, unless the wait after the last failure is still running. */
    void tryIfDue() {
        if (done || !pause.over()) {
            return;
        }
        if (!usernameKnown) {
            usernameKnown = succeeded("getMe", this::learnUsername);
        }
        if (usernameKnown && succeeded("webhook set-up", this::setUpWebhook)) {
            done = true;
            if (properties.mode() == TelegramProperties.Mode.POLLING) {
                log.info("Telegram connector polling for updates to @{}", identity.username());
            }
        }
    }

    private boolean succeeded(String what, Step step) {
        try {
            step.run();
            retries.succeeded();
            return true;
        } catch (BotApiException e) {
            if (e.kind() != BotApiException.Kind.CANCELLED) {
                Duration wait = retries.after(e);
                log.warn("Telegram {} failed ({}); next try in {} s", what, e.getMessage(), wait.toSeconds());
                pause.start(wait);
            }
            return false;
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
            api.workerCall(BotApi.nameOf(setWebhook), client -> client.executeAsync(setWebhook));
            log.info("Telegram webhook registered at {}", properties.webhookUrl());
        } else {
            log.info("Telegram webhook mode: updates are expected at POST {}; webhook-url is not set, "
                    + "so the webhook must be registered outside Switchboard", TelegramWebhookController.PATH);
        }
    }
}
