package io.switchboard.router.answer;

import static io.switchboard.router.answer.TestKnowledge.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes to the knowledge base reach the very next decision, cached or not. */
class IncrementalIndexTest {

    private static final AnswerQuery QUESTION =
            new AnswerQuery("how do I join the moonbase quiz?", Channel.TELEGRAM, true, null);

    @Test
    void anAddedArticleAnswersTheNextQuestionAndADeletedOneNoLonger() {
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                KnowledgeProperties.defaults(), Clock.systemUTC())) {
            assertThat(engine.decide(QUESTION).articleKey()).isNotEqualTo("moonbase-quiz");

            engine.putArticle(article("moonbase-quiz", "How do I join the Moonbase quiz?",
                    "Open {website}/quiz and answer five questions.", "怎么参加月球基地问答？", "打开问答页面答题。",
                    "moonbase quiz entry", "where is the moonbase quiz"));

            assertThat(engine.decide(QUESTION).articleKey()).isEqualTo("moonbase-quiz");
            assertThat(engine.decide(QUESTION).answer()).isEqualTo("Open https://www.novaex.com/quiz and answer five questions.");

            engine.removeArticle("moonbase-quiz");

            assertThat(engine.decide(QUESTION).articleKey()).isNotEqualTo("moonbase-quiz");
        }
    }

    @Test
    void anEditedArticleAnswersWithItsNewText() {
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(List.of(article("moonbase-quiz",
                "How do I join the Moonbase quiz?", "Old rules.", "怎么参加月球基地问答？", "旧规则。")), List.of(),
                KnowledgeProperties.defaults(), Clock.systemUTC())) {
            assertThat(engine.decide(QUESTION).answer()).isEqualTo("Old rules.");

            engine.putArticle(article("moonbase-quiz", "How do I join the Moonbase quiz?", "New rules.",
                    "怎么参加月球基地问答？", "新规则。"));

            assertThat(engine.decide(QUESTION).answer()).isEqualTo("New rules.");
        }
    }
}
