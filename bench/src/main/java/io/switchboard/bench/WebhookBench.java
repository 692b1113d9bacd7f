package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application behind its Telegram webhook against the bare Camel route, round after round in
 * one JVM: each round posts the same fresh updates to both, with the same clients, so the noise
 * of a shared machine falls on both alike.
 */
final class WebhookBench {

    /** Update ids of the bench start here, far from anything the fake Bot API or a test uses. */
    private static final long FIRST_UPDATE_ID = 1_000_000;
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(10);

    private final BenchOptions options;
    private final UpdateMix mix;
    private long nextUpdateId = FIRST_UPDATE_ID;

    WebhookBench(BenchOptions options, List<LabeledMessage> questions) {
        this.options = options;
        this.mix = new UpdateMix(questions, UpdateMix.shippedChatter());
    }

    List<WebhookRound> run(AppUnderTest app) throws Exception {
        List<WebhookRound> rounds = new ArrayList<>();
        try (CamelBaseline baseline = CamelBaseline.start()) {
            System.out.printf(Locale.ROOT, "Webhook: %s, baseline %s%n", app.webhook(), baseline.uri());
            Pusher pusher = new Pusher(app, baseline, new DecisionLog(app.jdbc()), new HttpLoad(options.concurrency()));
            for (int r = 1; r <= options.warmupRounds(); r++) {
                pusher.round("warm-up " + r + "/" + options.warmupRounds(), options.updates());
            }
            for (int r = 1; r <= options.rounds(); r++) {
                WebhookRound round = pusher.round("round " + r + "/" + options.rounds(), options.updates());
                rounds.add(round);
                System.out.printf(Locale.ROOT,
                        "round %d/%d: webhook %.0f/s, decisions %.0f/s p50 %.1f ms p99 %.1f ms, baseline %.0f/s p99 %.2f ms%n",
                        r, options.rounds(), round.webhook().perSecond(), round.decisions().perSecond(),
                        round.decisions().p50() / 1e6, round.decisions().p99() / 1e6, round.baseline().perSecond(),
                        round.baseline().p99() / 1e6);
            }
        }
        return rounds;
    }

    /** One round: the updates to the webhook, the wait for the intake, the same updates to the baseline. */
    private final class Pusher {

        private final AppUnderTest app;
        private final CamelBaseline baseline;
        private final DecisionLog log;
        private final HttpLoad load;

        Pusher(AppUnderTest app, CamelBaseline baseline, DecisionLog log, HttpLoad load) {
            this.app = app;
            this.baseline = baseline;
            this.log = log;
            this.load = load;
        }

        WebhookRound round(String label, int count) throws InterruptedException {
            long first = nextUpdateId;
            nextUpdateId += count;
            List<String> updates = mix.round(first, count);
            HttpLoad.Result webhook = load.post(label + ", webhook", app.webhook(), app.webhookHeaders(), updates);
            awaitIntake(label);
            List<DecisionLog.Event> events = log.read(first, first + count - 1);
            HttpLoad.Result bare = load.post(label + ", baseline", baseline.uri(), app.webhookHeaders(), updates);
            return WebhookRound.of(webhook, events, bare);
        }

        /** Every update the webhook accepted was stored; waits until the intake has processed them all. */
        private void awaitIntake(String label) throws InterruptedException {
            long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
            AtomicInteger waiting = new AtomicInteger(log.waiting());
            try (Progress progress = Progress.of(label + ", intake", () -> waiting.get() + " stored events to process")) {
                while (waiting.get() > 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(waiting.get() + " events still unprocessed after "
                                + SETTLE_LIMIT + "; is the intake stuck?");
                    }
                    Thread.sleep(200);
                    waiting.set(log.waiting());
                }
            }
        }
    }
}
