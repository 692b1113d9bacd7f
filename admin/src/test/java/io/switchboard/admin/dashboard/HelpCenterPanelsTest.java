package io.switchboard.admin.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.helpcenter.SearchMisses;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's help-center panels: what readers found least helpful, and what they searched for in vain. */
@StaffApiTest
class HelpCenterPanelsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleVotes votes;

    @Autowired
    SearchMisses misses;

    @Test
    void theLeastHelpfulArticlesComeFirstInTheReadersLanguageAndLinkToTheirEditor() throws Exception {
        knowledgeBase.create(new ArticleContent("panel-unhelpful", TicketCategory.TRADING, List.of(), Map.of(
                "en", new ArticleText("Why was my order cancelled?", "Because.", List.of()),
                "zh", new ArticleText("为什么我的订单被取消？", "因为。", List.of()))), "admin");
        votes.vote("panel-unhelpful", "reader-1", false);
        votes.vote("panel-unhelpful", "reader-2", false);
        votes.vote("panel-unhelpful", "reader-3", true);
        votes.vote("panel-helpful", "reader-1", true);
        votes.vote("panel-mixed", "reader-1", true);
        votes.vote("panel-mixed", "reader-2", false);

        mvc.perform(get("/console/dashboard").with(user("panel-agent").roles("AGENT")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString("最没有帮助的文章"),
                        stringContainsInOrder("href=\"/console/knowledge/panel-unhelpful/edit\"", "为什么我的订单被取消？",
                                "33%", "<td class=\"count\" data-label=\"票数\">3</td>",
                                "href=\"/console/knowledge/panel-mixed/edit\"", "50%"),
                        not(containsString("panel-helpful")))));
    }

    @Test
    void searchesWithNoResultsAreCountedTogetherWhateverTheirCaseAndSpacing() throws Exception {
        misses.record("Panel  Staking APR", "en");
        misses.record("panel staking apr", "en");
        misses.record("panel <script>alert(1)</script>", "en");

        mvc.perform(get("/console/dashboard").with(user("panel-agent").roles("AGENT")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(allOf(containsString("Searches with no results"),
                        stringContainsInOrder("staking apr", "<td class=\"count\" data-label=\"Times\">2</td>",
                                "&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)")))));
    }
}
