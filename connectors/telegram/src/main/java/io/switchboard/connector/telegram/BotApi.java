package io.switchboard.connector.telegram;

import io.switchboard.core.gateway.NoAnswer;
import io.switchboard.core.gateway.PlatformContact;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every Bot API call of the connector goes through here: TelegramBots' {@link OkHttpTelegramClient}
 * pointed at {@code switchboard.telegram.api-url}, each failure turned into a
 * {@link BotApiException} whose message is free of the token (Telegram puts it in the URL path),
 * and every outcome reported to the {@link PlatformContact} behind the health entry.
 *
 * <p>Calls run in two lanes with their own HTTP dispatcher: the outbound lane (replies) with
 * {@code request-timeout}, and the worker lane (getMe, webhook set-up, getUpdates) whose timeout
 * also covers the long poll and whose calls are cancelled together on shutdown. Cancelling never
 * touches a reply in flight, which might otherwise be sent twice.
 */
final class BotApi implements AutoCloseable {

    /** One call on the client; lets methods TelegramBots does not type as {@link BotApiMethod} through. */
    @FunctionalInterface
    interface Call<T> {
        CompletableFuture<T> on(TelegramClient client) throws TelegramApiException;
    }

    /**
     * How much longer than the HTTP call's own timeout we wait for TelegramBots' answer. Its future is
     * left unfinished when reading a reply's body fails (a connection reset or a cancelled call
     * mid-body), so its blocking {@code execute} would wait for ever; we never wait without a limit.
     */
    private static final Duration ANSWER_GRACE = Duration.ofSeconds(5);

    /** Used when a 429 comes without {@code parameters.retry_after}, which Telegram always sends. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final String token;
    private final PlatformContact contact;
    private final OkHttpClient outboundHttp;
    private final OkHttpClient workerHttp;
    private final TelegramClient outbound;
    private final TelegramClient worker;
    private final Duration outboundLimit;
    private final Duration workerLimit;
    /** The worker lane's calls waiting for their answer, ended at once by {@link #stopWorkerCalls}. */
    private final Set<CompletableFuture<?>> workerCallsInFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean workerStopped;

    BotApi(TelegramProperties properties, PlatformContact contact) {
        this.token = properties.botToken();
        this.contact = contact;
        this.outboundHttp = new OkHttpClient.Builder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.requestTimeout())
                .writeTimeout(properties.requestTimeout())
                .callTimeout(properties.requestTimeout())
                .build();
        Duration longCall = properties.requestTimeout().plus(properties.pollTimeout());
        this.outboundLimit = properties.requestTimeout().plus(ANSWER_GRACE);
        this.workerLimit = longCall.plus(ANSWER_GRACE);
        this.workerHttp = outboundHttp.newBuilder()
                .dispatcher(new Dispatcher())
                .readTimeout(longCall)
                .callTimeout(longCall)
                .build();
        TelegramUrl url = telegramUrl(properties.apiUrl());
        this.outbound = new OkHttpTelegramClient(outboundHttp, token, url);
        this.worker = new OkHttpTelegramClient(workerHttp, token, url);
    }

    private static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(scheme) ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    PlatformContact contact() {
        return contact;
    }

    <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException {
        return invoke(outbound, nameOf(method), client -> client.executeAsync(method), false);
    }

    <T extends Serializable> T workerCall(BotApiMethod<T> method) throws BotApiException {
        return workerCall(nameOf(method), client -> client.executeAsync(method));
    }

    <T> T workerCall(String method, Call<T> call) throws BotApiException {
        if (workerStopped) {
            throw cancelled(method);
        }
        return invoke(worker, method, call, true);
    }

    /** The Bot API's own spelling ("sendMessage"): TelegramBots lowercases some of the paths it calls. */
    static String nameOf(PartialBotApiMethod<?> method) {
        String type = method.getClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    /**
     * Cancels the worker lane for good: its running and later calls fail at once with
     * {@link BotApiException.Kind#CANCELLED}, which leaves the health entry alone.
     */
    void stopWorkerCalls() {
        workerStopped = true;
        workerHttp.dispatcher().cancelAll();
        workerCallsInFlight.forEach(call -> call.cancel(true));
    }

    boolean workerCallsStopped() {
        return workerStopped;
    }

    private static BotApiException cancelled(String method) {
        return new BotApiException(BotApiException.Kind.CANCELLED, null, "cancelled", null,
                method + " cancelled: the connector is stopping");
    }

    private <T> T invoke(TelegramClient client, String method, Call<T> call, boolean workerLane)
            throws BotApiException {
        try {
            T result = answer(call.on(client), workerLane);
            contact.succeeded();
            return result;
        } catch (CancellationException e) {
            throw cancelled(method);
        } catch (TelegramApiException e) {
            if (workerLane && workerStopped) {
                throw cancelled(method);
            }
            BotApiException failure = translate(method, e);
            // A refusal or a rate limit is Telegram answering: the platform is up, the health
            // entry should not go DOWN because one user blocked the bot.
            if (failure.kind() == BotApiException.Kind.FAILED) {
                contact.failed(failure.getMessage());
            } else {
                contact.succeeded();
            }
            if (failure.kind() == BotApiException.Kind.RATE_LIMITED) {
                contact.rateLimited();
            }
            throw failure;
        }
    }

    /**
     * Waits for the call's answer, at most the lane's limit: what TelegramBots' own {@code execute}
     * does, but never for ever. A call that gets no answer in time is cancelled and reported as timed
     * out, which may have reached Telegram.
     */
    private <T> T answer(CompletableFuture<T> answer, boolean workerLane) throws TelegramApiException {
        if (workerLane) {
            workerCallsInFlight.add(answer);
            if (workerStopped) { // stopped since the call began: it would miss the cancelling
                answer.cancel(true);
            }
        }
        try {
            return answer.get((workerLane ? workerLimit : outboundLimit).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof TelegramApiException failure ? failure
                    : new TelegramApiException("Bot API call failed", e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new TelegramApiException("no answer in time", new InterruptedIOException("timeout"));
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw new TelegramApiException("interrupted", e);
        } finally {
            workerCallsInFlight.remove(answer);
        }
    }

    private BotApiException translate(String method, TelegramApiException e) {
        // TelegramBots reports a reply it could not parse (a proxy's HTML error page) with code 0
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() > 0) {
            int code = request.getErrorCode();
            String description = redact(request.getApiResponse());
            String message = method + " failed: " + code + " " + description;
            if (code == 429) {
                Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                Duration retryAfter = seconds == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
                return new BotApiException(BotApiException.Kind.RATE_LIMITED, code, description, retryAfter, message);
            }
            BotApiException.Kind kind = code == 400 || code == 403
                    ? BotApiException.Kind.REFUSED : BotApiException.Kind.FAILED;
            return new BotApiException(kind, code, description, null, message);
        }
        if (e instanceof TelegramApiValidationException) {
            String description = redact(e.getMessage());
            return new BotApiException(BotApiException.Kind.REFUSED, null, description, null,
                    method + " not sent: " + description);
        }
        if (e instanceof TelegramApiRequestException) {
            String description = "unreadable reply from the Bot API";
            return new BotApiException(BotApiException.Kind.FAILED, null, description, null,
                    method + " failed: " + description);
        }
        String description = describe(e.getCause());
        String message = method + " failed: " + description;
        return NoAnswer.mayHaveArrived(e.getCause()) ? BotApiException.noAnswer(description, message)
                : new BotApiException(BotApiException.Kind.FAILED, null, description, null, message);
    }

    private String describe(Throwable cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (cause instanceof InterruptedIOException) {
            return "timed out";
        }
        if (cause instanceof IOException) {
            return cause.getClass().getSimpleName() + ": " + redact(cause.getMessage());
        }
        return cause == null ? "unknown error" : cause.getClass().getSimpleName();
    }

    private String redact(String text) {
        if (text == null) {
            return "";
        }
        String secretPart = token.substring(token.indexOf(':') + 1);
        return text.replace(token, "<bot-token>").replace(secretPart, "<bot-token>");
    }

    /** Stops the worker lane's calls and releases threads and connections. */
    @Override
    public void close() {
        stopWorkerCalls();
        for (OkHttpClient http : new OkHttpClient[] {outboundHttp, workerHttp}) {
            http.dispatcher().executorService().shutdown();
        }
        outboundHttp.connectionPool().evictAll();
    }
}
