package io.switchboard.admin.livechat;

import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's live pages' server-sent events: one subscription to {@link ChatSignals} for the whole instance,
 * told to every open page. An event is named after the signal ({@code queue}, {@code frame}, {@code typing},
 * {@code read}) and carries no content: the page fetches what changed. Pages are written to on a thread of this
 * stream's own, in the signals' order, so that a page on a slow connection holds up no other receiver of the signals.
 */
@Component
class LiveChatStream implements DisposableBean {

    /** A page's connection ends after this and its EventSource opens a new one: no connection lives for ever. */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final CopyOnWriteArrayList<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-live-events");
        thread.setDaemon(true);
        return thread;
    });
    private final ChatSignals.Subscription subscription;

    LiveChatStream(ChatSignals signals) {
        this.subscription = signals.subscribe(signal -> writer.execute(() -> tell(signal)));
    }

    SseEmitter open() {
        SseEmitter page = new SseEmitter(LIFETIME.toMillis());
        pages.add(page);
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(failure -> pages.remove(page));
        try {
            page.send(SseEmitter.event().name("ready").data("{}"));
        } catch (IOException gone) {
            pages.remove(page);
        }
        return page;
    }

    private void tell(ChatSignal signal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("visitor", signal.visitorKey());
        data.put("party", signal.party());
        data.put("name", signal.name());
        data.put("seq", signal.seq());
        data.put("on", signal.on());
        String name = signal.type().name().toLowerCase(Locale.ROOT);
        for (SseEmitter page : pages) {
            try {
                page.send(SseEmitter.event().name(name).data(data)); // a builder is sent once
            } catch (IOException | IllegalStateException gone) {
                pages.remove(page); // the page was closed: its EventSource, if still there, reconnects
            }
        }
    }

    @Override
    public void destroy() {
        subscription.close();
        writer.shutdownNow();
        pages.forEach(SseEmitter::complete);
    }
}
