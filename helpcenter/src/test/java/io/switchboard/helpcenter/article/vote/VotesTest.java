package io.switchboard.helpcenter.article.vote;

import static io.switchboard.helpcenter.article.BrowseFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Accounts;
import io.switchboard.core.helpcenter.ArticleTally;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.article.BrowseFixtures;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Was this helpful?": one vote per visitor per article, by script (JSON) or by the plain form. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VotesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleVotes votes;

    @Autowired
    Accounts accounts;

    @BeforeAll
    void writeArticles() {
        for (String key : new String[] {"votes-cookie", "votes-forged", "votes-member", "votes-bad", "votes-form", "votes-flood"}) {
            article(key, TicketCategory.DEPOSIT_WITHDRAWAL, "deposits")
                    .en("Deposit not credited (" + key + ")", "Wait for the confirmations.")
                    .zh("充值未到账（" + key + "）", "请等待区块确认。")
                    .createIn(knowledgeBase);
        }
        article("votes-draft", TicketCategory.OTHER, null).draft().en("Draft", "Not yet.").createIn(knowledgeBase);
        accounts.register("votes-member", "Voting Member", "{noop}unused");
    }

    @Test
    void aVisitorIsGivenACookieOnTheirFirstVoteAndTheirSecondVoteReplacesTheFirst() throws Exception {
        MvcResult first = mvc.perform(vote("votes-cookie", "{\"helpful\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.article").value("votes-cookie"))
                .andExpect(jsonPath("$.helpful").value(true))
                .andReturn();
        String setCookie = first.getResponse().getHeader(HttpHeaders.SET_COOKIE);
        assertThat(setCookie).startsWith(Visitors.COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        Cookie visitor = first.getResponse().getCookie(Visitors.COOKIE);
        assertThat(tally("votes-cookie")).isEqualTo(new ArticleTally("votes-cookie", 1, 0));

        mvc.perform(vote("votes-cookie", "{\"helpful\": false}").cookie(visitor))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        assertThat(tally("votes-cookie")).as("the same visitor changed their mind")
                .isEqualTo(new ArticleTally("votes-cookie", 0, 1));

        mvc.perform(vote("votes-cookie", "{\"helpful\": true}")).andExpect(status().isOk());
        assertThat(tally("votes-cookie")).as("another visitor").isEqualTo(new ArticleTally("votes-cookie", 1, 1));
    }

    @Test
    void aCookieTheHelpCenterDidNotMakeIsReplaced() throws Exception {
        mvc.perform(vote("votes-forged", "{\"helpful\": true}").cookie(new Cookie(Visitors.COOKIE, "admin' or 1=1")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.SET_COOKIE, org.hamcrest.Matchers.matchesPattern(
                        Visitors.COOKIE + "=[0-9a-f-]{36};.*")));
    }

    @Test
    void aSignedInMemberVotesOnceWhateverTheirCookies() throws Exception {
        mvc.perform(vote("votes-member", "{\"helpful\": true}").with(user("votes-member")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        mvc.perform(vote("votes-member", "{\"helpful\": false}").with(user("votes-member")))
                .andExpect(status().isOk());

        assertThat(tally("votes-member")).isEqualTo(new ArticleTally("votes-member", 0, 1));
        long id = accounts.find("votes-member").orElseThrow().getId();
        assertThat(votes.voteOf("votes-member", "account:" + id)).contains(false);
    }

    @Test
    void aBodyThatIsNotAVoteIsRefusedWithTheSitesErrorAndChangesNothing() throws Exception {
        mvc.perform(vote("votes-bad", "{\"helpful\": tru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("the request body is not valid JSON")))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        mvc.perform(vote("votes-bad", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.helpful").value("must not be null"));
        mvc.perform(vote("votes-bad", "{\"helpful\": \"perhaps\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("the request body has an invalid value for 'helpful'"));

        assertThat(tally("votes-bad").votes()).isZero();
    }

    @Test
    void votesOnUnknownArticlesAndDraftsAreNotFound() throws Exception {
        for (String key : new String[] {"votes-nothing", "votes-draft"}) {
            mvc.perform(vote(key, "{\"helpful\": false}"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"))
                    .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
            assertThat(tally(key).votes()).isZero();
        }
    }

    @Test
    void aBrowsersVoteWithoutThePagesCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/help/articles/votes-bad/vote").header(HttpHeaders.ORIGIN, "https://evil.example")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"helpful\": false}"))
                .andExpect(status().isForbidden());
        assertThat(tally("votes-bad").votes()).isZero();
    }

    @Test
    void withoutScriptTheFormVotesAndTheArticleOffersTheRequestFormAfterANo() throws Exception {
        mvc.perform(post("/help/articles/votes-form/vote").with(csrf()).param("helpful", "false"))
                .andExpect(redirectedUrl("/help/articles/votes-form?voted=no#vote"))
                .andExpect(header().string(HttpHeaders.SET_COOKIE, org.hamcrest.Matchers.containsString("HttpOnly")));
        assertThat(tally("votes-form")).isEqualTo(new ArticleTally("votes-form", 0, 1));

        Document page = Jsoup.parse(mvc.perform(get("/help/articles/votes-form?voted=no&lang=en"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("form.vote-form")).as("voted: no more buttons").isEmpty();
        assertThat(page.select(".vote-sorry").hasAttr("hidden")).isFalse();
        assertThat(page.select(".vote-thanks").hasAttr("hidden")).isTrue();
        assertThat(page.select(".vote-sorry a").attr("href"))
                .isEqualTo("/help/requests/new?article=votes-form&category=deposit-withdrawal");

        mvc.perform(post("/help/articles/votes-form/vote").with(csrf()).param("helpful", "maybe"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/help/articles/votes-draft/vote").with(csrf()).param("helpful", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/help/articles/votes-form/vote").param("helpful", "true"))
                .andExpect(status().isForbidden());
        assertThat(tally("votes-form")).isEqualTo(new ArticleTally("votes-form", 0, 1));
    }

    @Test
    void oneAddressSendingVotesAsEverNewVisitorsIsStoppedAtTheHourlyLimit() throws Exception {
        for (int n = 0; n < 60; n++) {
            mvc.perform(vote("votes-flood", "{\"helpful\": false}").with(from("203.0.113.9"))).andExpect(status().isOk());
        }
        mvc.perform(vote("votes-flood", "{\"helpful\": false}").with(from("203.0.113.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("too_many_requests"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("too many votes from this address")));
        String page = mvc.perform(post("/help/articles/votes-flood/vote").with(csrf()).with(from("203.0.113.9"))
                        .param("helpful", "false").param("lang", "en"))
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[role=alert]").text()).startsWith("Too many at once from your network");
        assertThat(tally("votes-flood").notHelpful()).isEqualTo(60);

        mvc.perform(vote("votes-flood", "{\"helpful\": true}").with(from("198.51.100.4"))).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder vote(String key, String json) {
        return post("/api/help/articles/{key}/vote", key).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private ArticleTally tally(String key) {
        return votes.tally(key);
    }
}
