package io.switchboard.admin.phrasing;

import static io.switchboard.admin.phrasing.ProposalFixture.AGENT;
import static io.switchboard.admin.phrasing.ProposalFixture.ARTICLE;
import static io.switchboard.admin.phrasing.ProposalFixture.MODERATOR;
import static io.switchboard.admin.phrasing.ProposalFixture.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.phrasing.ProposalOutcome;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's side of learning from agents: the ticket page's "answered by article" control, the
 * moderators' review page (the member's words shown as text, never as markup), and the dashboard's
 * questions most often escalated with no article.
 */
@StaffApiTest
class PhrasingPagesTest {

    private static final RequestPostProcessor AS_MODERATOR = user(MODERATOR).roles("MODERATOR");
    private static final RequestPostProcessor AS_AGENT = user(AGENT).roles("AGENT");
    private static final String MARKUP = "<script>alert('x')</script> <b>why</b> is my card limit 500?";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalFixture fixture;

    @Autowired
    TicketRepository tickets;

    @Autowired
    KnowledgeBase knowledgeBase;

    @BeforeEach
    void articleAndStaff() {
        fixture.reset();
    }

    @AfterEach
    void removeArticle() {
        fixture.removeArticle();
    }

    @Test
    void anAgentResolvesATicketWithTheArticleThatAnsweredItAndIsToldTheQuestionWasProposed() throws Exception {
        Ticket ticket = fixture.escalated("How high can my card limit go?", Duration.ofMinutes(5));
        mvc.perform(get("/console/tickets/{n}", ticket.getNumber()).with(AS_AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("id=\"answer-form\"")))
                .andExpect(content().string(containsString(TITLE)))
                .andExpect(content().string(containsString("Resolve with it")));

        mvc.perform(post("/console/tickets/{n}/answer", ticket.getNumber()).param("article", ARTICLE)
                        .with(AS_AGENT).with(csrf()))
                .andExpect(redirectedUrl("/console/tickets/" + ticket.getNumber()))
                .andExpect(flash().attribute("learned", ProposalOutcome.PROPOSED));

        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
        mvc.perform(get("/console/tickets/{n}", ticket.getNumber()).with(AS_AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .flashAttr("learned", ProposalOutcome.PROPOSED))
                .andExpect(content().string(containsString("proposed as a new phrasing of the article")))
                .andExpect(content().string(stringContainsInOrder("Answered by article", ARTICLE)))
                .andExpect(content().string(containsString("Mark as the answer")));
        mvc.perform(post("/console/tickets/{n}/answer", ticket.getNumber()).param("article", "no-such-article")
                        .with(AS_AGENT).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no knowledge-base article")));
    }

    @Test
    void aModeratorSeesTheProposalWithItsTicketAndTheMembersMarkupAsText() throws Exception {
        Ticket ticket = fixture.escalated(MARKUP, Duration.ofMinutes(5));
        fixture.resolve(ticket);

        mvc.perform(get("/console/phrasings").with(AS_MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(TITLE, ARTICLE,
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;why&lt;/b&gt;",
                        "/console/tickets/" + ticket.getNumber(), "answered by " + AGENT, "Approve", "Reject")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>why"))));
        mvc.perform(get("/console/phrasings").with(AS_MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("待审核的问法")))
                .andExpect(content().string(containsString(AGENT + " 解答")));
    }

    @Test
    void approvingWithAnEditAddsThePhrasingAndRejectingLeavesTheArticleAlone() throws Exception {
        fixture.resolve(fixture.escalated("card limit too low for rent??", Duration.ofMinutes(5)));
        long id = fixture.onlyProposalId();

        mvc.perform(post("/console/phrasings/{id}/approve", id).param("text", "card limit too low to pay rent")
                        .with(AS_MODERATOR).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/phrasings"))
                .andExpect(flash().attribute("notice", "Added as a phrasing of " + ARTICLE + "; the bot recognises it now."));
        assertThat(phrasings()).containsExactly("what is my card limit", "card limit too low to pay rent");

        mvc.perform(post("/console/phrasings/{id}/reject", id).with(AS_MODERATOR).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(flash().attribute("error", "That proposal was approved or rejected already."));
        fixture.resolve(fixture.escalated("Could my card limit be raised for a week?", Duration.ofMinutes(4)));
        long second = fixture.onlyProposalIdOtherThan(id);
        mvc.perform(post("/console/phrasings/{id}/reject", second).with(AS_MODERATOR).with(csrf()))
                .andExpect(redirectedUrl("/console/phrasings"));
        assertThat(phrasings()).hasSize(2);
    }

    @Test
    void agentsAreRefusedTheReviewAndAnUnknownProposalIsNotFound() throws Exception {
        mvc.perform(get("/console/phrasings").with(AS_AGENT))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(ConsolePages.DENIED));
        mvc.perform(post("/console/phrasings/{id}/approve", 1).with(AS_AGENT).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/inbox").with(AS_AGENT))
                .andExpect(content().string(not(containsString("/console/phrasings"))));
        mvc.perform(get("/console/inbox").with(AS_MODERATOR))
                .andExpect(content().string(containsString("/console/phrasings")));
        mvc.perform(post("/console/phrasings/{id}/approve", 987_654).with(AS_MODERATOR).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/phrasings/abc/reject").with(AS_MODERATOR).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardCountsTheSameEscalatedQuestionOnceWithLinksToItsTickets() throws Exception {
        List<Ticket> emails = IntStream.range(0, 3).mapToObj(i -> fixture.escalated(
                List.of("How do I change my e-mail?", "how do i change my email", "How do I change my E-mail??").get(i),
                Duration.ofHours(3 - i))).toList();
        Ticket other = fixture.escalated("Can I <i>rename</i> my sub-account?", Duration.ofHours(5));
        fixture.escalated("Where is the tax report?", Duration.ofDays(40));

        mvc.perform(get("/console/dashboard").with(AS_AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Questions most often escalated with no article",
                        "How do I change my E-mail??", ">3<", emails.get(2).getNumber(), emails.get(1).getNumber(),
                        emails.get(0).getNumber(), "Can I &lt;i&gt;rename&lt;/i&gt; my sub-account?", ">1<",
                        other.getNumber())))
                .andExpect(content().string(not(containsString("tax report"))));
    }

    private List<String> phrasings() {
        return knowledgeBase.article(ARTICLE).orElseThrow().content().variants().get("en").phrasings();
    }
}
