package io.switchboard.admin.phrasing;

import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.member.Member;
import io.switchboard.core.phrasing.PhrasingProposalRepository;
import io.switchboard.core.phrasing.TicketAnswers;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * What the phrasing tests start from: an article about card limits, a moderator and an agent, and
 * tickets the bot escalated on a member's question, which the agent resolves with the article.
 */
@Component
class ProposalFixture {

    static final String ARTICLE = "card-limits";
    static final String TITLE = "Card spending limits";
    static final String MODERATOR = "phr-mod";
    static final String AGENT = "phr-agent";
    static final String PASSWORD = "phrasing-password-1";

    private static final AtomicInteger MEMBERS = new AtomicInteger();

    private final TestData data;
    private final KnowledgeBase knowledgeBase;
    private final PhrasingProposalRepository proposals;
    private final TicketAnswers answers;
    private final Clock clock;

    ProposalFixture(TestData data, KnowledgeBase knowledgeBase, PhrasingProposalRepository proposals,
            TicketAnswers answers, Clock clock) {
        this.data = data;
        this.knowledgeBase = knowledgeBase;
        this.proposals = proposals;
        this.answers = answers;
        this.clock = clock;
    }

    /** Every test starts from no tickets, no proposals and the article as written. */
    void reset() {
        proposals.deleteAllInBatch();
        data.reset();
        if (knowledgeBase.article(ARTICLE).isPresent()) {
            knowledgeBase.delete(ARTICLE, "test");
        }
        knowledgeBase.create(new ArticleContent(ARTICLE, TicketCategory.ACCOUNT_SECURITY,
                List.of(), Map.of("en", new ArticleText(TITLE, "Limits are under Card > Limits.",
                        List.of("what is my card limit")))), "test");
        data.staff(MODERATOR, AccountRole.MODERATOR, PASSWORD);
        data.staff(AGENT, AccountRole.AGENT, PASSWORD);
    }

    void removeArticle() {
        knowledgeBase.delete(ARTICLE, "test");
    }

    /** A ticket the bot opened {@code ago} on the member's question, in an English public thread. */
    Ticket escalated(String question, Duration ago) {
        Instant at = clock.instant().minus(ago);
        int n = MEMBERS.incrementAndGet();
        Member member = data.member(Channel.TELEGRAM, "77" + n, "Member " + n, "member" + n, false);
        SupportThread thread = data.thread(member, "tg:-100:77" + n, ThreadStatus.ESCALATED, at.minusSeconds(60), at);
        data.message(thread, Direction.IN, "q" + n, question, null, at.minusSeconds(1));
        return data.ticket(thread, "subject", TicketStatus.NEW, at);
    }

    /** As the agent resolving the ticket in the console with the article. */
    void resolve(Ticket ticket) {
        answers.change(ticket.getId(), new TicketChange(TicketStatus.RESOLVED, null, null, null), ARTICLE, AGENT);
    }

    long onlyProposalId() {
        return onlyProposalIdOtherThan(-1);
    }

    long onlyProposalIdOtherThan(long id) {
        List<Long> ids = proposals.findAll().stream().map(p -> p.getId()).filter(other -> other != id).toList();
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one proposal, found " + ids);
        }
        return ids.get(0);
    }
}
