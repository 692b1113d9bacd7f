package io.switchboard.core.answer;

import io.switchboard.core.channel.Channel;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BotAnswerRepository extends JpaRepository<BotAnswer, Long> {

    /**
     * Locks the row until the caller's transaction ends: two presses handled at once (a double tap
     * whose updates the intake processes side by side) decide one after the other, so only the
     * first one counts.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from BotAnswer a where a.id = :id")
    Optional<BotAnswer> lockById(Long id);

    /** The answers given since {@code since}, by article and outcome (null: no press yet). */
    @Query("select a.articleKeys as articleKey, a.outcome as outcome, count(a) as answers from BotAnswer a"
            + " where a.kind = io.switchboard.core.answer.BotAnswer.Kind.ANSWER and a.createdAt >= :since"
            + " group by a.articleKeys, a.outcome")
    List<ArticleOutcomes> outcomesByArticle(Instant since);

    /** The answers given since {@code since}, by channel and outcome (null: no press yet). */
    @Query("select a.channel as channel, a.outcome as outcome, count(a) as answers from BotAnswer a"
            + " where a.kind = io.switchboard.core.answer.BotAnswer.Kind.ANSWER and a.createdAt >= :since"
            + " group by a.channel, a.outcome")
    List<ChannelOutcomes> outcomesByChannel(Instant since);

    interface ArticleOutcomes {
        String getArticleKey();

        AnswerOutcome getOutcome();

        long getAnswers();
    }

    interface ChannelOutcomes {
        Channel getChannel();

        AnswerOutcome getOutcome();

        long getAnswers();
    }
}
