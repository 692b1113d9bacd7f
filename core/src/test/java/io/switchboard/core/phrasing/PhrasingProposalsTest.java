package io.switchboard.core.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.core.change.KnowledgeChangeLog;
import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.testing.StoppedClock;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.InvalidTicketRequestException;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketDeskSlice;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The knowledge base learning from agents, on the real schema: a ticket resolved with an article
 * proposes the member's question (its text only), once, unless the engine already answers it; a
 * manager's approval makes it a phrasing of the article, announced for reindexing and audited.
 */
@AutoConfigureJson
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", TicketDeskSlice.H2})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TicketDeskSlice.class)
@Import({KnowledgeBase.class, KnowledgeChangeLog.class, PhrasingProposals.class, TicketAnswers.class, TicketQuestions.class,
        PhrasingProposalsTest.Engine.class})
@RecordApplicationEvents
class PhrasingProposalsTest {

    private static final String ARTICLE = "withdrawal-pending";
    /** The question the engine already answers with the article on its own. */
    private static final String KNOWN_TO_ENGINE = "why is my withdrawal pending";

    @TestConfiguration
    static class Engine {
        @Bean
        AnswerEngine answerEngine() {
            return query -> query.text().toLowerCase().contains(KNOWN_TO_ENGINE)
                    ? new AnswerDecision(ARTICLE, 0.95, true, "answer", List.of())
                    : AnswerDecision.none(List.of());
        }
    }

    @Autowired
    TicketAnswers answers;

    @Autowired
    PhrasingProposals proposals;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    TicketDeskSlice.People people;

    @Autowired
    TicketRepository tickets;

    @Autowired
    ThreadMessageRepository messages;

    @Autowired
    TicketQuestions questions;

    @Autowired
    StaffAudit audit;

    @Autowired
    ApplicationEvents events;

    @Autowired
    StoppedClock clock;

    @BeforeEach
    void knowledgeBaseAndStaff() {
        if (knowledgeBase.article(ARTICLE).isEmpty()) {
            knowledgeBase.create(new ArticleContent(ARTICLE, TicketCategory.DEPOSIT_WITHDRAWAL, List.of(), Map.of(
                    "en", new ArticleText("Withdrawal pending", "Most withdrawals finish in minutes.",
                            List.of("withdrawal stuck")),
                    "zh", new ArticleText("提现处理中", "提现通常几分钟内完成。", List.of()))), "seed");
            people.staff("dana", AccountRole.AGENT);
            people.staff("mia", AccountRole.MODERATOR);
        }
    }

    /** A ticket the bot escalated on the member's last message, with an earlier greeting and a later follow-up. */
    private Ticket escalated(String question) {
        SupportThread thread = people.threadOf(people.member("m-" + System.nanoTime()));
        say(thread, "hello?");
        clock.advance(Duration.ofSeconds(5));
        say(thread, question);
        Ticket ticket = tickets.save(new Ticket(thread, "subject", TicketCategory.OTHER, TicketPriority.NORMAL,
                TicketQuestions.NO_CONFIDENT_ANSWER, clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        say(thread, "anyone there?");
        return ticket;
    }

    private void say(SupportThread thread, String text) {
        messages.save(new ThreadMessage(thread, Direction.IN, "x" + System.nanoTime(), null, text, "Member", null,
                clock.instant()));
    }

    private Optional<ProposalOutcome> resolve(Ticket ticket, String article) {
        return answers.change(ticket.getId(), new TicketChange(TicketStatus.RESOLVED, null, null, null), article, "dana");
    }

    private List<PhrasingProposal> pending() {
        return proposals.pending(Pageable.unpaged()).getContent();
    }

    @Test
    void resolvingATicketWithAnArticleProposesTheEscalatedQuestionWithoutWhatIdentifiesTheMember() {
        Ticket ticket = escalated("@lin_88 my USDT withdrawal to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE is stuck,"
                + " UID 48213377, see https://t.me/c/123/45 please");

        assertThat(resolve(ticket, ARTICLE)).contains(ProposalOutcome.PROPOSED);

        assertThat(pending()).extracting(PhrasingProposal::getArticleKey, PhrasingProposal::getQuestion,
                PhrasingProposal::getLang, PhrasingProposal::getTicketId, PhrasingProposal::getProposedBy)
                .containsExactly(tuple(ARTICLE, "my USDT withdrawal to is stuck, UID , see please", "en",
                        ticket.getId(), "dana"));
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void theArticleSentInAReplyIsTheOneProposedForWhenTheTicketIsResolvedLater() {
        Ticket ticket = escalated("How long until my BTC withdrawal is credited?");
        answers.articleSent(ticket.getThread().getId(), ARTICLE, "dana");

        assertThat(answers.change(ticket.getId(), new TicketChange(TicketStatus.PENDING_USER, null, null, null),
                null, "dana")).isEmpty();
        assertThat(answers.change(ticket.getId(), new TicketChange(TicketStatus.RESOLVED, null, null, null),
                null, "ravi")).contains(ProposalOutcome.PROPOSED);

        assertThat(pending()).filteredOn(p -> p.getTicketId().equals(ticket.getId()))
                .extracting(PhrasingProposal::getQuestion, PhrasingProposal::getProposedBy)
                .containsExactly(tuple("How long until my BTC withdrawal is credited?", "dana"));
    }

    @Test
    void aQuestionIsProposedOncePerArticleHoweverItIsCapitalisedOrPunctuated() {
        assertThat(resolve(escalated("Withdrawal still processing after 2 hours??"), ARTICLE))
                .contains(ProposalOutcome.PROPOSED);
        assertThat(resolve(escalated("withdrawal STILL processing after 2 hours"), ARTICLE))
                .contains(ProposalOutcome.KNOWN);
        assertThat(resolve(escalated("Withdrawal stuck!"), ARTICLE)).as("a phrasing the article has")
                .contains(ProposalOutcome.KNOWN);

        assertThat(pending()).extracting(PhrasingProposal::getQuestion)
                .containsOnlyOnce("Withdrawal still processing after 2 hours??")
                .doesNotContain("withdrawal STILL processing after 2 hours", "Withdrawal stuck!");
    }

    @Test
    void aQuestionTheEngineAlreadyAnswersWithThatArticleIsNotProposed() {
        assertThat(resolve(escalated("Why is my withdrawal pending?"), ARTICLE))
                .contains(ProposalOutcome.ANSWERED_ALREADY);
        assertThat(pending()).extracting(PhrasingProposal::getQuestion).doesNotContain("Why is my withdrawal pending?");
    }

    @Test
    void aTicketResolvedWithoutAnArticleOrWithAnUnknownOneProposesNothing() {
        Ticket ticket = escalated("Is the card service available in my country?");
        assertThat(resolve(ticket, null)).isEmpty();
        assertThatThrownBy(() -> resolve(escalated("What are the futures fees?"), "no-such-article"))
                .isInstanceOf(InvalidTicketRequestException.class).hasMessageContaining("no-such-article");
        assertThat(pending()).extracting(PhrasingProposal::getTicketId).doesNotContain(ticket.getId());
    }

    @Test
    void anApprovedQuestionBecomesAPhrasingOfTheArticleInItsLanguageAndIsAudited() {
        Ticket ticket = escalated("提币两个小时还没到账");
        resolve(ticket, ARTICLE);
        PhrasingProposal proposal = pending().stream().filter(p -> p.getTicketId().equals(ticket.getId()))
                .findFirst().orElseThrow();
        assertThat(proposal.getLang()).as("the thread's language").isEqualTo("en");

        proposals.approve(proposal.getId(), "  提币两个小时还没到账怎么办  ", "mia");

        ArticleContent article = knowledgeBase.article(ARTICLE).orElseThrow().content();
        assertThat(article.variants().get("en").phrasings()).endsWith("提币两个小时还没到账怎么办");
        assertThat(events.stream(ArticleChanged.class)).last().isEqualTo(new ArticleChanged(ARTICLE, article));
        assertThat(pending()).extracting(PhrasingProposal::getId).doesNotContain(proposal.getId());
        assertThat(lastAudit().getAction()).isEqualTo("phrasing.approve");
        assertThat(lastAudit().getActor()).isEqualTo("mia");
        assertThat(lastAudit().getAfter()).contains("APPROVED", "提币两个小时还没到账怎么办");

        assertThatThrownBy(() -> proposals.reject(proposal.getId(), "mia"))
                .isInstanceOf(ProposalDecidedException.class).hasMessageContaining("approved by mia");
    }

    @Test
    void aRejectedQuestionStaysOutOfTheArticleAndIsNotProposedAgain() {
        resolve(escalated("withdrawal pending lol thanks bye"), ARTICLE);
        PhrasingProposal proposal = pending().get(pending().size() - 1);

        proposals.reject(proposal.getId(), "mia");

        assertThat(knowledgeBase.article(ARTICLE).orElseThrow().content().variants().get("en").phrasings())
                .doesNotContain("withdrawal pending lol thanks bye");
        assertThat(lastAudit().getAction()).isEqualTo("phrasing.reject");
        assertThat(resolve(escalated("Withdrawal pending, lol. Thanks, bye!"), ARTICLE)).contains(ProposalOutcome.KNOWN);
        assertThatThrownBy(() -> proposals.approve(999_999, null, "mia")).isInstanceOf(ProposalNotFoundException.class);
    }

    @Test
    void theEscalatedQuestionOfEachTicketIsTheMembersMessageItWasOpenedOn() {
        Ticket ticket = escalated("Can I change the e-mail address of my account?");

        assertThat(new TicketQuestions.AskedQuestion(ticket.getId(), ticket.getCreatedAt(),
                "Can I change the e-mail address of my account?"))
                .isIn(questions.openedSince(TicketQuestions.NO_CONFIDENT_ANSWER, ticket.getCreatedAt()));
    }

    private StaffAuditEntry lastAudit() {
        return audit.search(AuditQuery.ALL, 0, 1).getContent().get(0);
    }
}
