package io.switchboard.admin.phrasing;

import static io.switchboard.admin.phrasing.ProposalFixture.AGENT;
import static io.switchboard.admin.phrasing.ProposalFixture.ARTICLE;
import static io.switchboard.admin.phrasing.ProposalFixture.MODERATOR;
import static io.switchboard.admin.phrasing.ProposalFixture.PASSWORD;
import static io.switchboard.admin.phrasing.ProposalFixture.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /api/kb/phrasings} and the ticket API's {@code answeredBy}: an agent resolves a ticket with an
 * article, a moderator sees the member's question proposed and approves it (edited), and the article
 * has the phrasing; agents cannot decide, and bad ids are 404 or 400.
 */
@StaffApiTest
class PhrasingApiTest {

    private static final RequestPostProcessor AS_MODERATOR = httpBasic(MODERATOR, PASSWORD);
    private static final RequestPostProcessor AS_AGENT = httpBasic(AGENT, PASSWORD);
    private static final String QUESTION = "Why was my card declined at 600 USD? Is there a daily cap?";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalFixture fixture;

    @Autowired
    TicketRepository tickets;

    @Autowired
    StaffAudit audit;

    @BeforeEach
    void articleAndStaff() {
        fixture.reset();
    }

    @AfterEach
    void removeArticle() {
        fixture.removeArticle();
    }

    @Test
    void aTicketResolvedWithAnArticleThroughTheApiProposesTheQuestionAndAnApprovedEditBecomesAPhrasing()
            throws Exception {
        Ticket ticket = fixture.escalated(QUESTION, Duration.ofMinutes(5));

        mvc.perform(patch("/api/tickets/{ref}", ticket.getNumber()).with(AS_AGENT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"RESOLVED\",\"answeredBy\":\"" + ARTICLE + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.history[*].action", hasItem("answer-article")));

        mvc.perform(get("/api/kb/phrasings").with(AS_MODERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].articleKey").value(ARTICLE))
                .andExpect(jsonPath("$.content[0].articleTitle").value(TITLE))
                .andExpect(jsonPath("$.content[0].question").value(QUESTION))
                .andExpect(jsonPath("$.content[0].ticket").value(ticket.getNumber()))
                .andExpect(jsonPath("$.content[0].proposedBy").value(AGENT))
                .andExpect(jsonPath("$.content[0].status").value("PENDING"));
        long id = fixture.onlyProposalId();

        mvc.perform(post("/api/kb/phrasings/{id}/approve", id).with(AS_MODERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Is there a daily cap on card payments?\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(MODERATOR))
                .andExpect(jsonPath("$.question").value("Is there a daily cap on card payments?"));

        mvc.perform(get("/api/kb/articles/{key}", ARTICLE).with(AS_AGENT))
                .andExpect(jsonPath("$.variants.en.phrasings[1]").value("Is there a daily cap on card payments?"));
        mvc.perform(get("/api/kb/phrasings").with(AS_MODERATOR)).andExpect(jsonPath("$.totalElements").value(0));
        StaffAuditEntry approval = audit.search(AuditQuery.action("phrasing.approve"), 0, 1).getContent().get(0);
        assertThat(approval.getActor()).isEqualTo(MODERATOR);
        assertThat(approval.getTargetId()).isEqualTo(Long.toString(id));
        assertThat(audit.search(AuditQuery.action("article.update"), 0, 1).getContent().get(0).getActor())
                .isEqualTo(MODERATOR);
    }

    @Test
    void aRejectedProposalIsDecidedOnceAndLeavesTheArticleAsItWas() throws Exception {
        fixture.resolve(fixture.escalated(QUESTION, Duration.ofMinutes(5)));
        long id = fixture.onlyProposalId();

        mvc.perform(post("/api/kb/phrasings/{id}/reject", id).with(AS_MODERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/kb/phrasings/{id}/approve", id).with(AS_MODERATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("rejected by " + MODERATOR)));
        mvc.perform(get("/api/kb/articles/{key}", ARTICLE).with(AS_AGENT))
                .andExpect(jsonPath("$.variants.en.phrasings.length()").value(1));
        mvc.perform(get("/api/kb/phrasings/{id}", id).with(AS_MODERATOR))
                .andExpect(jsonPath("$.status").value("REJECTED"));
    }

    @Test
    void agentsProposeByResolvingButOnlyModeratorsAndAdminsDecide() throws Exception {
        fixture.resolve(fixture.escalated(QUESTION, Duration.ofMinutes(5)));
        long id = fixture.onlyProposalId();

        mvc.perform(get("/api/kb/phrasings").with(AS_AGENT)).andExpect(status().isForbidden());
        mvc.perform(post("/api/kb/phrasings/{id}/approve", id).with(AS_AGENT)).andExpect(status().isForbidden());
        mvc.perform(post("/api/kb/phrasings/{id}/reject", id).with(AS_AGENT)).andExpect(status().isForbidden());
        mvc.perform(get("/api/kb/phrasings").with(StaffApiTest.Credentials.staff()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void badIdsArticlesAndEditsAreRefusedWithTheReason() throws Exception {
        mvc.perform(post("/api/kb/phrasings/{id}/approve", 987_654).with(AS_MODERATOR))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no phrasing proposal 987654"));
        mvc.perform(get("/api/kb/phrasings/{id}", 987_654).with(AS_MODERATOR)).andExpect(status().isNotFound());
        mvc.perform(post("/api/kb/phrasings/abc/reject").with(AS_MODERATOR)).andExpect(status().isBadRequest());

        Ticket ticket = fixture.escalated(QUESTION, Duration.ofMinutes(5));
        mvc.perform(patch("/api/tickets/{ref}", ticket.getNumber()).with(AS_AGENT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RESOLVED\",\"answeredBy\":\"no-such-article\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("no-such-article")));
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).as("nothing changed")
                .isEqualTo(TicketStatus.NEW);
        mvc.perform(post("/api/threads/{id}/replies", ticket.getThread().getId()).with(AS_AGENT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Hi\",\"articleKey\":\"no-such-article\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.articleKey").exists());

        fixture.resolve(ticket);
        mvc.perform(post("/api/kb/phrasings/{id}/approve", fixture.onlyProposalId()).with(AS_MODERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"@someone https://t.me/x 12345678\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.text").exists());
    }
}
