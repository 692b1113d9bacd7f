package io.switchboard.admin.dashboard;

import io.switchboard.core.answer.AnswerOutcome;
import io.switchboard.core.answer.BotAnswerRepository;
import io.switchboard.core.channel.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's resolution rate: of the answers it sent with "Did this solve it?" in the last 7 days,
 * how many members pressed Yes, how many No, and how many did not reply, per topic (the article
 * answered) and per channel. Only private chats that show buttons ask, so channels without them
 * have no row.
 */
@Service
@Transactional(readOnly = true)
class BotResolution {

    static final Duration WINDOW = Duration.ofDays(7);

    /**
     * One row of the figure.
     *
     * @param name the article's key, or the channel's key
     */
    record Row(String name, long yes, long no, long noReply) {

        static Row none(String name) {
            return new Row(name, 0, 0, 0);
        }

        public long answers() {
            return yes + no + noReply;
        }

        /** Yes among all the answers, in whole per cent. */
        public long percent() {
            return answers() == 0 ? 0 : Math.round(100.0 * yes / answers());
        }

        Row plus(AnswerOutcome outcome, long count) {
            if (outcome == null) {
                return new Row(name, yes, no, noReply + count);
            }
            return switch (outcome) {
                case YES -> new Row(name, yes + count, no, noReply);
                case NO -> new Row(name, yes, no + count, noReply);
                // only offers end in these; the figure counts answers
                case HUMAN, PICKED -> this;
            };
        }
    }

    /** The figure: every answer counted once per table, the busiest topics first. */
    record Figure(Row total, List<Row> topics, List<Row> channels) {
    }

    private final BotAnswerRepository answers;
    private final Clock clock;

    BotResolution(BotAnswerRepository answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    Figure lastWeek() {
        Instant since = clock.instant().minus(WINDOW);
        Map<String, Row> topics = new TreeMap<>();
        Row total = Row.none("");
        for (BotAnswerRepository.ArticleOutcomes counted : answers.outcomesByArticle(since)) {
            topics.compute(counted.getArticleKey(), (key, row) -> (row == null ? Row.none(key) : row)
                    .plus(counted.getOutcome(), counted.getAnswers()));
            total = total.plus(counted.getOutcome(), counted.getAnswers());
        }
        Map<Channel, Row> channels = new EnumMap<>(Channel.class);
        for (BotAnswerRepository.ChannelOutcomes counted : answers.outcomesByChannel(since)) {
            channels.compute(counted.getChannel(), (channel, row) -> (row == null ? Row.none(channel.key()) : row)
                    .plus(counted.getOutcome(), counted.getAnswers()));
        }
        return new Figure(total, topics.values().stream().sorted(Comparator.comparingLong(Row::answers).reversed())
                .toList(), List.copyOf(channels.values()));
    }
}
