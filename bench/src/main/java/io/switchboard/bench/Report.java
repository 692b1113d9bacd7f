package io.switchboard.bench;

import io.switchboard.bench.DecisionLog.Outcome;
import io.switchboard.bench.HelpBench.Page;
import io.switchboard.bench.MatchBench.Lookup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/** The compact final tables: the median of each figure over the rounds. */
final class Report {

    private static final double MATCH_BUDGET_MICROS = 5_000;
    /** The help center issue's targets at 50 readers: p95 in milliseconds. */
    private static final Map<Page, Double> HELP_P95_TARGET_MILLIS = Map.of(Page.ARTICLE, 20.0, Page.SEARCH, 30.0);
    private static final Map<Page, String> HELP_PAGES = Map.of(
            Page.ARTICLE, "article page /help/articles/{key}",
            Page.SEARCH, "search /help/search?q=",
            Page.STYLESHEET, "baseline static /help/help.css");
    private static final Map<Lookup, String> LOOKUPS = Map.of(
            Lookup.UNCACHED, "uncached (analysis, search, model)",
            Lookup.CACHED, "cached (the same message again)");

    private final StringBuilder out = new StringBuilder();

    String text() {
        return out.toString();
    }

    void webhook(BenchOptions options, List<WebhookRound> rounds) {
        line("%nWebhook: %d updates a round (%s), %d clients, %d rounds after %d unmeasured; medians over the rounds",
                options.updates(), UpdateMix.DESCRIPTION, options.concurrency(), rounds.size(), options.warmupRounds());
        line("%-44s %9s %9s %9s %9s", "series", "msgs/s", "p50 ms", "p95 ms", "p99 ms");
        row("app webhook, HTTP round trip", median(rounds, WebhookRound::webhook));
        row("app receipt -> decision, all decisions", median(rounds, WebhookRound::decisions));
        row("  of which replies (answer in the outbox)", median(rounds, WebhookRound::replies));
        row("  of which tickets", median(rounds, WebhookRound::tickets));
        row("baseline HTTP -> direct -> no-op, round trip", median(rounds, WebhookRound::baseline));
        line("%-44s %9s %9s %9s %9s", "ratio (app / baseline, median of rounds)", "x", "x", "x", "x");
        ratio("app webhook / baseline", rounds, r -> r.webhook().over(r.baseline()));
        ratio("app receipt -> decision / baseline", rounds, r -> r.decisions().over(r.baseline()));
        line("outcomes over the measured rounds: %d replies, %d tickets, %d silent, %d failed; "
                + "answers other than 2xx: webhook %d, baseline %d",
                total(rounds, Outcome.REPLY), total(rounds, Outcome.TICKET), total(rounds, Outcome.SILENT),
                total(rounds, Outcome.FAILED), rounds.stream().mapToInt(WebhookRound::webhookFailures).sum(),
                rounds.stream().mapToInt(WebhookRound::baselineFailures).sum());
    }

    void openLoop(OpenLoopOptions options, OpenLoopBench.Run run) {
        line("%nOpen loop: updates at fixed arrival rates by the clock (%s), %d s each, round robin over the "
                + "instances; decisions read from the database; the whole series took %.1f min", UpdateMix.DESCRIPTION,
                options.perRate().toSeconds(), run.took().toSeconds() / 60.0);
        rates("baseline HTTP -> direct -> no-op (its answer is its decision)", run.baseline());
        run.targets().forEach(this::openLoopTarget);
    }

    /** One target's table, its highest rate under 100 ms, its burst and its memory. */
    void openLoopTarget(OpenLoopBench.TargetRun target) {
        rates(target.target().description, target.rates());
        OptionalInt highest = RateFigures.highestUnderLimit(target.rates());
        line("highest rate with receipt -> decision p99 < 100 ms (and every lower rate too): %s",
                highest.isPresent() ? highest.getAsInt() + " updates/s" : "none of the rates");
        BurstFigures burst = target.burst();
        if (burst != null) {
            line("burst of %d posted at %.0f/s (answers other than 2xx: %d): decisions %.0f/s p50 %.0f ms "
                    + "p99 %.0f ms, slowest %.1f s, %d slower than the %d s recovery sweep's interval; "
                    + "not processed %d, failed %d, questions undecided %d, decided twice %d",
                    burst.posted(), burst.webhook().perSecond(), burst.webhookFailures(),
                    burst.decisions().perSecond(), burst.decisions().p50() / 1e6, burst.decisions().p99() / 1e6,
                    burst.slowest().toMillis() / 1e3, burst.afterSweepInterval(),
                    BurstFigures.SWEEP_INTERVAL.toSeconds(), burst.unprocessed(), burst.failed(),
                    burst.questionsUndecided(), burst.decidedTwice());
        }
        if (target.memory() != null) {
            memory(target.memory());
        }
    }

    private void rates(String label, List<RateFigures> rates) {
        line("%s", label);
        line("%8s %7s %9s %9s %9s %9s %9s %9s %9s %9s %8s  %s", "rate/s", "sent", "late p99", "http p50",
                "http p99", "decided/s", "dec p50", "dec p99", "proc p50", "proc p99", "backlog", "not 2xx");
        for (RateFigures r : rates) {
            line("%8d %7d %9.2f %9.2f %9.2f %9.0f %9.1f %9.1f %9.1f %9.1f %8d  %s", r.rate(), r.sent(),
                    r.lateness().p99() / 1e6, r.roundTrip().p50() / 1e6, r.roundTrip().p99() / 1e6,
                    r.decisions().perSecond(), r.decisions().p50() / 1e6, r.decisions().p99() / 1e6,
                    r.processed().p50() / 1e6, r.processed().p99() / 1e6, r.backlogAtEnd(),
                    HttpLoad.describe(r.unexpected()));
        }
    }

    private void memory(MemoryTrend trend) {
        line("memory of the instance (default JVM settings), after each step of updates:");
        line("%10s %14s %10s", "updates", "heap after GC", "RSS");
        trend.points().forEach(point -> line("%10d %11.1f MB %7.1f MB", point.messages(), point.heapBytes() / 1e6,
                point.rssBytes() / 1e6));
        line("after the first step: heap %+.0f bytes per update, RSS %+.0f bytes per update: the heap %s",
                trend.heapSlope(), trend.rssSlope(), trend.heapKeepsGrowing() ? "keeps growing"
                        : "is flat (under " + (int) MemoryTrend.GROWING_BYTES_PER_MESSAGE + " bytes per update)");
    }

    void help(BenchOptions options, HelpBench bench, List<HelpRound> rounds) {
        line("%nHelp center: %d readers keeping their cookies, think time %d ms, %d requests a series a round (%d "
                + "article pages: each article in zh and en; %d searches: the shorter half of each language's labeled "
                + "questions), %d rounds after %d unmeasured; medians over the rounds", options.readers(),
                options.thinkTimeMillis(), options.helpRequests(),
                bench.distinct(Page.ARTICLE), bench.distinct(Page.SEARCH), rounds.size(), options.warmupRounds());
        line("%-44s %9s %9s %9s %9s  %s", "series", "req/s", "p50 ms", "p95 ms", "p99 ms", "target");
        for (Page page : Page.values()) {
            Figures figures = median(rounds, r -> r.figures(page));
            Double target = HELP_P95_TARGET_MILLIS.get(page);
            row(HELP_PAGES.get(page), figures, target == null ? ""
                    : !HelpRound.unexpected(rounds, page).isEmpty() ? "p95 < %.0f ms: n/a, answers other than 200"
                            .formatted(target)
                    : "p95 < %.0f ms: %s".formatted(target, figures.p95() / 1e6 < target ? "yes" : "NO"));
        }
        line("%-44s %9s %9s %9s %9s", "ratio (page / baseline, median of rounds)", "x", "x", "x", "x");
        ratio("article page / baseline", rounds, r -> r.overBaseline(Page.ARTICLE));
        ratio("search / baseline", rounds, r -> r.overBaseline(Page.SEARCH));
        line("answers other than 200 over the measured rounds (must be none): article pages %s; searches %s; "
                + "baseline %s", HttpLoad.describe(HelpRound.unexpected(rounds, Page.ARTICLE)),
                HttpLoad.describe(HelpRound.unexpected(rounds, Page.SEARCH)),
                HttpLoad.describe(HelpRound.unexpected(rounds, Page.STYLESHEET)));
    }

    void email(BenchOptions options, Map<EmailBench.Size, List<EmailRound>> bySize) {
        line("%nE-mail: mails put into the support mailbox at once (GreenMail IMAP on 127.0.0.1), read by the "
                + "email-inbox route, stored and decided; %d rounds after %d unmeasured; medians over the rounds",
                options.rounds(), options.warmupRounds());
        line("%-44s %9s %9s %9s %9s", "series", "mails/s", "p50 ms", "p95 ms", "p99 ms");
        bySize.forEach((size, rounds) -> {
            row("mailbox -> decision, " + size.label + " (" + (size == EmailBench.Size.SMALL ? options.mails()
                    : options.largeMails()) + " a round)", median(rounds, EmailRound::decisions));
            row("  baseline bare IMAP read, " + size.label, median(rounds, EmailRound::baseline));
            ratio("  ratio (mailbox -> decision / bare read)", rounds, r -> r.decisions().over(r.baseline()));
        });
        line("mails not decided within the limit (must be none): %d",
                bySize.values().stream().flatMap(List::stream).mapToInt(EmailRound::undecided).sum());
    }

    void webchat(BenchOptions options, WebchatRun run) {
        List<WebchatRound> rounds = run.rounds();
        line("%nLive chat: %d visitor WebSockets open at once (JDK client), %d of them handed off to one agent, each "
                + "sending a message and getting a reply a round; %d rounds after %d unmeasured; medians over the rounds",
                run.connections(), options.chatSample(), rounds.size(), options.warmupRounds());
        line("%-44s %9s %9s %9s %9s", "series", "msgs/s", "p50 ms", "p95 ms", "p99 ms");
        row("visitor -> agent (socket -> consoles' feed)", median(rounds, WebchatRound::visitorToAgent));
        row("agent -> visitor (staff API -> socket)", median(rounds, WebchatRound::agentToVisitor));
        row("baseline ping -> pong, same sockets", median(rounds, WebchatRound::baseline));
        ratio("ratio visitor -> agent / baseline", rounds, r -> r.visitorToAgent().over(r.baseline()));
        ratio("ratio agent -> visitor / baseline", rounds, r -> r.agentToVisitor().over(r.baseline()));
        line("heap per open connection, after a full collection: %.1f KB (both ends: the bench's client shares the "
                + "application's JVM)", run.heapPerConnection() / 1024.0);
    }

    void outbound(BenchOptions options, List<OutboundRound> rounds) {
        line("%nOutbound: %d updates a round to the webhook (private questions from new members, 1 in 100 a mention in "
                + "the group), the fake Bot API keeping Telegram's limits (30/s per bot, 1/s per private chat, 20/min per "
                + "group); %d rounds after %d unmeasured; medians over the rounds", options.replies(), rounds.size(),
                options.warmupRounds());
        line("%-44s %9s %9s %9s %9s", "series", "sent/s", "p50 ms", "p95 ms", "p99 ms");
        row("reply queued -> sent (created_at -> sent_at)", median(rounds, OutboundRound::delivered));
        line("over the measured rounds: %d replies queued, %d not sent, %d answered 429 (goal: none)",
                rounds.stream().mapToInt(OutboundRound::replies).sum(),
                rounds.stream().mapToInt(OutboundRound::undelivered).sum(),
                rounds.stream().mapToInt(OutboundRound::tooManyRequests).sum());
    }

    void match(int messages, Map<Lookup, List<MatchRound>> byLookup) {
        List<MatchRound> uncached = byLookup.get(Lookup.UNCACHED);
        line("%nAnswer engine: one decide(...) at a time on %d labeled messages, default knowledge base, %d calls "
                + "a round, %d rounds; medians", messages, uncached.get(0).calls(), uncached.size());
        timedHeader("lookup", "p99 < 5 ms");
        byLookup.forEach((lookup, rounds) -> timedRow(LOOKUPS.get(lookup), rounds,
                figures -> figures.p99() / 1e3 < MATCH_BUDGET_MICROS ? "yes" : "NO"));
        line("slowest us: the median of the calls of the slowest message, last round: %s",
                uncached.get(uncached.size() - 1).slowest().input());
    }

    void guard(String mix, List<MatchRound> rounds) {
        line("%nScam guard: one message's or join's checks at a time (%s), %d checks a round, %d rounds; medians",
                mix, rounds.get(0).calls(), rounds.size());
        timedHeader("series", "");
        timedRow("detector, per message or join", rounds, figures -> "");
        line("slowest us: the median of the checks of the slowest item, last round: %s",
                rounds.get(rounds.size() - 1).slowest().input());
    }

    private void timedHeader(String first, String last) {
        line("%-34s %9s %9s %9s %9s %11s  %s", first, "calls/s", "p50 us", "p95 us", "p99 us", "slowest us", last);
    }

    /** The medians of the rounds, in microseconds, and a last column made from them. */
    private void timedRow(String label, List<MatchRound> rounds, Function<Figures, String> last) {
        Figures figures = Figures.median(rounds.stream().map(MatchRound::figures).toList());
        double slowest = Figures.median(rounds.stream().mapToDouble(r -> r.slowest().medianNanos()).toArray());
        line("%-34s %9.0f %9.1f %9.1f %9.1f %11.1f  %s", label, figures.perSecond(), figures.p50() / 1e3,
                figures.p95() / 1e3, figures.p99() / 1e3, slowest / 1e3, last.apply(figures));
    }

    private void row(String label, Figures figures) {
        row(label, figures, "");
    }

    private void row(String label, Figures figures, String last) {
        line("%-44s %9.0f %9.2f %9.2f %9.2f  %s", label, figures.perSecond(), figures.p50() / 1e6,
                figures.p95() / 1e6, figures.p99() / 1e6, last);
    }

    private <R> void ratio(String label, List<R> rounds, Function<R, Figures> ratio) {
        Figures median = median(rounds, ratio);
        line("%-44s %9.3f %9.1f %9.1f %9.1f", label, median.perSecond(), median.p50(), median.p95(), median.p99());
    }

    private static <R> Figures median(List<R> rounds, Function<R, Figures> series) {
        return Figures.median(rounds.stream().map(series).toList());
    }

    private static int total(List<WebhookRound> rounds, Outcome outcome) {
        return rounds.stream().mapToInt(r -> r.outcomes().get(outcome)).sum();
    }

    private void line(String format, Object... args) {
        // stripped: a table without a last column leaves none of its blanks at the end of the line
        out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append(System.lineSeparator());
    }
}
