package io.switchboard.admin.dashboard;

import io.switchboard.core.phrasing.MemberQuestion;
import io.switchboard.core.phrasing.TicketQuestions;
import io.switchboard.core.phrasing.TicketQuestions.AskedQuestion;
import io.switchboard.core.text.ColumnText;
import io.switchboard.core.ticket.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The questions the bot escalated most often because no article was sure enough (tickets of reason
 * {@link TicketQuestions#NO_CONFIDENT_ANSWER}) over the last {@link #WINDOW}: the gaps of the knowledge
 * base. Questions are grouped by their folded text ({@link MemberQuestion#fold}: case, spacing,
 * punctuation and emoji aside), so the same question asked many times is one row with its count.
 */
@Service
class EscalatedQuestions {

    static final Duration WINDOW = Duration.ofDays(30);
    static final int ROWS = 10;
    /** Tickets linked from a row; the rest are counted. */
    static final int TICKETS_SHOWN = 5;
    private static final int QUESTION_LENGTH = 160;

    /**
     * One question and the tickets it was escalated in, newest first.
     *
     * @param question the newest wording of it, on one line
     * @param tickets the numbers of the newest {@link #TICKETS_SHOWN} tickets ({@code T-12})
     * @param moreTickets how many more tickets the question has
     */
    record Row(String question, int count, Instant lastAskedAt, List<String> tickets, int moreTickets) {
    }

    private final TicketQuestions questions;
    private final Clock clock;

    EscalatedQuestions(TicketQuestions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    /** The {@link #ROWS} questions escalated most often, the most recently asked first among equals. */
    List<Row> mostOften() {
        Map<String, List<AskedQuestion>> byQuestion = new LinkedHashMap<>();
        // Newest first, so each group's first question is its newest wording.
        for (AskedQuestion asked : questions.openedSince(TicketQuestions.NO_CONFIDENT_ANSWER,
                clock.instant().minus(WINDOW))) {
            String folded = MemberQuestion.fold(asked.text());
            if (!folded.isEmpty()) {
                byQuestion.computeIfAbsent(folded, key -> new ArrayList<>()).add(asked);
            }
        }
        return byQuestion.values().stream()
                .map(EscalatedQuestions::row)
                .sorted(Comparator.comparingInt(Row::count).reversed()
                        .thenComparing(Row::lastAskedAt, Comparator.reverseOrder()))
                .limit(ROWS)
                .toList();
    }

    private static Row row(List<AskedQuestion> asked) {
        AskedQuestion newest = asked.get(0);
        return new Row(ColumnText.headline(newest.text(), QUESTION_LENGTH), asked.size(), newest.openedAt(),
                asked.stream().limit(TICKETS_SHOWN).map(q -> Ticket.NUMBER_PREFIX + q.ticketId()).toList(),
                Math.max(0, asked.size() - TICKETS_SHOWN));
    }
}
