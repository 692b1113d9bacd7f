package io.switchboard.helpcenter.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.TestAnswerEngine;
import io.switchboard.core.account.Account;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The request pages behind the real security chains: filing (by a member and by a visitor), every kind of
 * bad input the issue names, each refused with a clear message or status and nothing stored, a member's and
 * a visitor's request page, and the articles suggested while a subject is typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestFixtures fixtures;

    @Autowired
    RecordingInboundPort port;

    @Autowired
    Attachments attachments;

    @Autowired
    TicketEventRepository events;

    @Autowired
    LinkSecret secret;

    @Autowired
    RequestProperties properties;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    TestAnswerEngine engine;

    @AfterEach
    void engineSuggestsNothingAgain() {
        engine.suggest();
    }

    /** What a refused form must leave as it was. */
    private record Stored(long requests, long files, long mail, int handedIn) {
    }

    private Stored stored() {
        return new Stored(fixtures.count("help_request"), fixtures.count("attachment"),
                fixtures.count("help_waiting_mail"), port.handedIn().size());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private static String newEmail() {
        return "v" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A complete trading request, to be spoiled by a test. */
    private static MockMultipartHttpServletRequestBuilder tradingForm() {
        MockMultipartHttpServletRequestBuilder form = multipart("/help/requests");
        form.param("category", "trading").param("subject", "Order filled at the wrong price")
                .param("description", "My limit order 88123 was filled far above my price.").param("orderId", "88123")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return form;
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    private long filedId(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/help/requests/(\\d+)/filed$", "$1"));
    }

    @Test
    void aMembersRequestReachesThePipelineWithItsCategoryFieldsFilesAndTheArticlesShown() throws Exception {
        Account member = fixtures.member();

        MvcResult result = mvc.perform(multipart("/help/requests").file(file("screenshot.png", RequestFixtures.png()))
                        .param("category", "deposit-withdrawal/deposits").param("subject", "USDT deposit not credited")
                        .param("description", "I sent 500 USDT two hours ago.")
                        .param("txid", "0xabc123").param("coin", "USDT (TRC20)")
                        .param("suggested", "deposit-arrival", "<script>x</script>", "deposit-missing-memo")
                        .param("article", "deposit-arrival")
                        .with(csrf()).with(user(member.getUsername())))
                .andExpect(redirectedUrlPattern("/help/requests/*/filed"))
                .andReturn();

        long id = filedId(result);
        List<InboundMessage> handed = port.storedIn("request:" + id);
        assertThat(handed).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.WEB);
            assertThat(message.chat().chatId()).isEqualTo("request:" + id);
            assertThat(message.privateChat()).isTrue();
            assertThat(message.addressesBot()).isTrue();
            assertThat(message.author().platformId()).isEqualTo(member.getId().toString());
            assertThat(message.author().handle()).isEqualTo(member.getUsername());
            assertThat(message.text()).as("the question is the subject over the description")
                    .isEqualTo("USDT deposit not credited\n\nI sent 500 USDT two hours ago.");
            assertThat(message.request().category()).isEqualTo(TicketCategory.DEPOSIT_WITHDRAWAL);
            assertThat(message.request().subject()).isEqualTo("USDT deposit not credited");
            assertThat(message.request().fields()).containsExactly(Map.entry("section", "deposits"),
                    Map.entry("TXID", "0xabc123"),
                    Map.entry("coin", "USDT (TRC20)"), Map.entry("from article", "deposit-arrival"));
            assertThat(message.request().suggestedArticles()).containsExactly("deposit-arrival", "deposit-missing-memo");
            assertThat(message.attachments()).singleElement().satisfies(attachment -> {
                assertThat(attachment.kind()).isEqualTo("photo");
                assertThat(Attachments.idOf(attachment.fileId())).isPresent();
            });
        });
        mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap())
                        .with(user(member.getUsername())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your request #" + id + " is with our support team")))
                .andExpect(content().string(not(containsString("/help/track/"))));
    }

    @Test
    void aFormWithoutItsRequiredFieldsIsShownAgainWithEveryReasonAndNothingIsStored() throws Exception {
        Account member = fixtures.member();
        Stored before = stored();

        String page = mvc.perform(multipart("/help/requests").file(file("ok.png", RequestFixtures.png()))
                        .param("category", "deposit-withdrawal").param("subject", "  ").param("description", "")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(csrf()).with(user(member.getUsername())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#problems li").eachText()).containsExactly("Subject is required.",
                "Description is required.", "Transaction ID (TXID) is required.", "Coin and network is required.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBareCategoryIsStillAcceptedAndRecordsNoSection() throws Exception {
        Account member = fixtures.member();

        MvcResult result = mvc.perform(tradingForm().with(csrf()).with(user(member.getUsername())))
                .andExpect(redirectedUrlPattern("/help/requests/*/filed"))
                .andReturn();

        assertThat(port.storedIn("request:" + filedId(result))).singleElement().satisfies(message -> {
            assertThat(message.request().category()).isEqualTo(TicketCategory.TRADING);
            assertThat(message.request().fields()).containsExactly(Map.entry("order id", "88123"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"trading/options", "trading/", "deposit-withdrawal/futures", "staking", "staking/futures"})
    void anUnknownCategoryOrSectionIsShownAgainWithAClearReasonAndNothingIsStored(String unknown) throws Exception {
        Account member = fixtures.member();
        Stored before = stored();

        String page = mvc.perform(tradingForm().param("category", unknown).with(csrf()).with(user(member.getUsername())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.select("#problems li").eachText()).containsExactly(
                "There is no such category or section (it may have been renamed): choose one from the list.");
        assertThat(form.select("#subject").val()).as("what was typed is kept").isEqualTo("Order filled at the wrong price");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aVisitorMustGiveAnEmailAddress() throws Exception {
        Stored before = stored();

        String page = mvc.perform(tradingForm().param("email", "not-an-address").with(csrf()).with(from(newAddress())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#problems li").eachText()).containsExactly("That is not an e-mail address.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anOverLongSubjectIsRefusedInTheReadersLanguage() throws Exception {
        Account member = fixtures.member();
        Stored before = stored();

        String page = mvc.perform(tradingForm().param("subject", "提".repeat(151)).param("lang", "zh")
                        .with(csrf()).with(user(member.getUsername())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        Document form = Jsoup.parse(page);
        assertThat(form.select("#problems li").eachText()).containsExactly("标题过长：最多 150 个字符。");
        assertThat(form.select("#description").text()).as("what was typed is kept")
                .isEqualTo("My limit order 88123 was filled far above my price.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAnImageOrPdfByItsBytesIsRefusedWhateverItsNameAndNothingIsStored() throws Exception {
        Account member = fixtures.member();
        Stored before = stored();

        String page = mvc.perform(tradingForm().file(file("fine.png", RequestFixtures.png()))
                        .file(file("invoice.pdf", "MZ this is a program".getBytes()))
                        .with(csrf()).with(user(member.getUsername())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#problems li").eachText())
                .containsExactly("“invoice.pdf” is not a PNG, JPEG or WebP image or a PDF file.");
        assertThat(stored()).as("not even the good file").isEqualTo(before);
    }

    @Test
    void anOversizedFileIsRefusedWithTheLimit() throws Exception {
        Account member = fixtures.member();
        Stored before = stored();
        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(RequestFixtures.pdf(), 0, large, 0, RequestFixtures.pdf().length);

        String page = mvc.perform(tradingForm().file(file("statement.pdf", large)).with(csrf())
                        .with(user(member.getUsername())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#problems li").eachText())
                .containsExactly("“statement.pdf” is larger than 5 MB.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aForgedCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        Account member = fixtures.member();
        Stored before = stored();

        mvc.perform(tradingForm().with(csrf().useInvalidToken()).with(user(member.getUsername())))
                .andExpect(status().isForbidden());
        mvc.perform(tradingForm().param("email", newEmail()).with(from(newAddress())))
                .andExpect(status().isForbidden());

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void visitorsAreLimitedPerEmailAddressAndPerClientAddress() throws Exception {
        String email = newEmail();
        for (int i = 0; i < properties.requests().anonymousPerEmail(); i++) {
            mvc.perform(tradingForm().param("email", email).with(csrf()).with(from(newAddress())))
                    .andExpect(status().is3xxRedirection());
        }
        Stored before = stored();
        String page = mvc.perform(tradingForm().param("email", email.toUpperCase()).with(csrf()).with(from(newAddress())))
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#problems li").text()).startsWith("Too many requests were sent from here");
        assertThat(stored()).isEqualTo(before);

        String address = newAddress();
        for (int i = 0; i < properties.requests().anonymousPerAddress(); i++) {
            mvc.perform(tradingForm().param("email", newEmail()).with(csrf()).with(from(address)))
                    .andExpect(status().is3xxRedirection());
        }
        Stored full = stored();
        mvc.perform(tradingForm().param("email", newEmail()).with(csrf()).with(from(address)))
                .andExpect(status().isTooManyRequests());
        assertThat(stored()).isEqualTo(full);
    }

    @Test
    void aVisitorSeesTheTrackingLinkOnceAndItsMailWaitsForTheEmailChannel() throws Exception {
        String email = newEmail();
        MvcResult result = mvc.perform(tradingForm().param("email", email).with(csrf()).with(from(newAddress())))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = filedId(result);

        String confirmation = mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String link = Jsoup.parse(confirmation).select("#tracking-link").attr("href");
        assertThat(link).startsWith("/help/track/" + id + ".");
        mvc.perform(get(result.getResponse().getRedirectedUrl()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/help/track/"))));

        assertThat(port.storedIn("request:" + id)).singleElement()
                .satisfies(message -> assertThat(message.author().platformId()).isEqualTo("visitor:" + email));
        assertThat(fixtures.count("help_waiting_mail where request_id = " + id + " and body like '%" + link + "%'"))
                .as("the mail with the link waits for the e-mail channel").isEqualTo(1);
        mvc.perform(get(link).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Order filled at the wrong price")))
                .andExpect(content().string(containsString("Received, being filed")));
    }

    @Test
    void aTamperedTrackingLinkIsNotFoundAndAnExpiredOneIsGone() throws Exception {
        String email = newEmail();
        MvcResult result = mvc.perform(tradingForm().param("email", email).with(csrf()).with(from(newAddress())))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = filedId(result);
        TrackingLinks links = new TrackingLinks(secret, properties, Clock.systemUTC());
        String token = links.tokenFor(id);

        String otherId = token.replaceFirst("^" + id + "\\.", (id + 1) + ".");
        mvc.perform(get("/help/track/" + otherId).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This tracking link is not valid")));
        char last = token.charAt(token.length() - 1);
        String otherSignature = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        mvc.perform(get("/help/track/" + otherSignature)).andExpect(status().isNotFound());

        String expired = new TrackingLinks(secret, properties, Clock.offset(Clock.systemUTC(),
                properties.requests().trackingLinkValidity().plusMinutes(1).negated())).tokenFor(id);
        mvc.perform(get("/help/track/" + expired).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This tracking link has expired")));
        int handed = port.handedIn().size();
        mvc.perform(multipart("/help/track/" + expired + "/reply").param("text", "hello?").with(csrf()))
                .andExpect(status().isGone());
        assertThat(port.handedIn()).hasSize(handed);
    }

    @Test
    void anotherMembersRequestIsNotFoundForEveryPageAndAction() throws Exception {
        Account owner = fixtures.member();
        Account other = fixtures.member();
        HelpRequest request = fixtures.requestOf(owner, "My order");
        Ticket ticket = fixtures.ticketFor(request, "see my screenshot", null);
        String page = "/help/my/requests/" + request.id();
        int handed = port.handedIn().size();

        mvc.perform(get(page).with(user(other.getUsername()))).andExpect(status().isNotFound());
        mvc.perform(multipart(page + "/reply").param("text", "mine now").with(csrf()).with(user(other.getUsername())))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/solve").with(csrf()).with(user(other.getUsername()))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/files/1").with(user(other.getUsername()))).andExpect(status().isNotFound());
        mvc.perform(get(page)).andExpect(redirectedUrlPattern("**/help/login"));

        assertThat(port.handedIn()).hasSize(handed);
        assertThat(fixtures.ticket(ticket.getId()).getStatus()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void theMemberSeesTheDeliveredRepliesInOrderMarksTheRequestSolvedAndReopensIt() throws Exception {
        Account member = fixtures.member();
        HelpRequest request = fixtures.requestOf(member, "Order <b>stuck</b> <script>alert(1)</script>");
        StoredAttachment screenshot = attachments.storeAll(List.of(new UploadedFile("s.png", RequestFixtures.png())),
                member.getUsername()).get(0);
        StoredAttachment someoneElses = attachments.storeAll(List.of(new UploadedFile("x.pdf", RequestFixtures.pdf())),
                "someone").get(0);
        Ticket ticket = fixtures.ticketFor(request, "<img src=x onerror=alert(1)> it is stuck",
                "[{\"kind\":\"photo\",\"fileId\":\"stored:" + screenshot.id() + "\",\"mimeType\":\"image/png\"}]");
        fixtures.staffReply(ticket, "Please cancel and place it again.", true);
        fixtures.staffReply(ticket, "a reply still in the outbox", false);
        String page = "/help/my/requests/" + request.id();

        Document shown = Jsoup.parse(mvc.perform(get(page).with(user(member.getUsername()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(shown.select(".help-message .help-message-text").eachText()).containsExactly(
                "<img src=x onerror=alert(1)> it is stuck", "Please cancel and place it again.");
        assertThat(shown.select("main script, main img")).as("script and HTML are text").isEmpty();
        assertThat(shown.select("h1").text()).isEqualTo("Order <b>stuck</b> <script>alert(1)</script>");
        assertThat(shown.select(".help-status").text()).isEqualTo("Received, waiting for a support agent");
        mvc.perform(get(page + "/files/" + screenshot.id()).with(user(member.getUsername())))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(page + "/files/" + someoneElses.id()).with(user(member.getUsername())))
                .andExpect(status().isNotFound());

        mvc.perform(post(page + "/solve").with(csrf()).with(user(member.getUsername())))
                .andExpect(redirectedUrl(page));
        assertThat(fixtures.ticket(ticket.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getActor, TicketEvent::getDetail)
                .contains(tuple("member", "NEW -> RESOLVED"));
        Document solved = Jsoup.parse(mvc.perform(get(page).with(user(member.getUsername()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn().getResponse().getContentAsString());
        assertThat(solved.select(".help-solution .help-message-text").text()).isEqualTo("Please cancel and place it again.");
        assertThat(solved.select("#reply-form, #solve-form")).isEmpty();

        mvc.perform(post(page + "/reopen").with(csrf()).with(user(member.getUsername())))
                .andExpect(redirectedUrl(page));
        assertThat(fixtures.ticket(ticket.getId()).getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void aRequestResolvedLongerAgoThanTheWindowCannotBeReopened() throws Exception {
        Account member = fixtures.member();
        HelpRequest request = fixtures.requestOf(member, "Old problem");
        Ticket ticket = fixtures.ticketFor(request, "old", null);
        Instant longAgo = Instant.now().minus(properties.requests().reopenWindow()).minus(Duration.ofHours(1));
        fixtures.inTx(() -> {
            Ticket stored = fixtures.ticket(ticket.getId());
            stored.changeStatus(TicketStatus.RESOLVED, longAgo);
            return events.save(new TicketEvent(stored, longAgo, "dana", "status-changed", "OPEN -> RESOLVED"));
        });
        String page = "/help/my/requests/" + request.id();

        String refused = mvc.perform(post(page + "/reopen").with(csrf()).with(user(member.getUsername()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(refused).select("#problems li").text())
                .isEqualTo("This request can no longer be reopened: requests can be reopened within 7 days of their"
                        + " resolution. Please submit a new request.");
        assertThat(fixtures.ticket(ticket.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void aMembersReplyWithAFileReachesThePipelineInTheRequestsConversation() throws Exception {
        Account member = fixtures.member();
        HelpRequest request = fixtures.requestOf(member, "Order question");
        fixtures.ticketFor(request, "first", null);

        mvc.perform(multipart("/help/my/requests/" + request.id() + "/reply").file(file("more.pdf", RequestFixtures.pdf()))
                        .param("text", "Here is the statement.").with(csrf()).with(user(member.getUsername())))
                .andExpect(redirectedUrl("/help/my/requests/" + request.id()));

        assertThat(port.storedIn(request.conversationKey())).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Here is the statement.");
            assertThat(reply.request()).as("a reply files nothing").isNull();
            assertThat(reply.attachments()).singleElement().extracting(a -> a.mimeType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void myRequestsListsTheMembersRequestsOnlyWithTheirStatusInWords() throws Exception {
        Account member = fixtures.member();
        HelpRequest mine = fixtures.requestOf(member, "<script>alert('mine')</script>");
        fixtures.ticketFor(mine, "x", null);
        fixtures.requestOf(fixtures.member(), "someone else's");

        Document list = Jsoup.parse(mvc.perform(get("/help/my/requests").param("lang", "zh")
                        .with(user(member.getUsername())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(list.select(".help-requests tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.select("a").text()).isEqualTo("<script>alert('mine')</script>");
            assertThat(row.text()).contains("交易", "已受理，等待客服处理");
        });
        assertThat(list.select("main script")).isEmpty();
    }

    @Test
    void aSearchThatFoundNothingStartsTheSubjectWithWhatWasSearched() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/help/requests/new").param("subject", "  提现卡住 <b>3</b> 天 "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(form.select("#subject").val()).isEqualTo("提现卡住 <b>3</b> 天");
        assertThat(form.select("#subject b")).as("markup stays text").isEmpty();
    }

    @Test
    void theFormSuggestsThePublishedArticlesTheEngineFindsForTheSubject() throws Exception {
        String published = "req-test-" + UUID.randomUUID().toString().substring(0, 8);
        String draft = published + "-draft";
        knowledge.create(new ArticleContent(published, TicketCategory.TRADING, List.of(),
                Map.of("en", new ArticleText("Why was my order filled at another price?", "Slippage.", List.of()),
                        "zh", new ArticleText("为什么我的订单成交价不同？", "滑点。", List.of()))), "test");
        knowledge.create(new ArticleContent(draft, TicketCategory.TRADING, List.of(),
                Map.of("en", new ArticleText("Draft", "Not yet.", List.of())), null, false, ArticleStatus.DRAFT), "test");
        engine.suggest(new Suggestion(draft, 0.5), new Suggestion(published, 0.4), new Suggestion("gone", 0.3));

        mvc.perform(get("/api/help/articles/suggested").param("q", "order filled wrong price")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].key").value(published))
                .andExpect(jsonPath("$[0].title").value("为什么我的订单成交价不同？"))
                .andExpect(jsonPath("$[0].url").value("/help/articles/" + published));
        mvc.perform(get("/api/help/articles/suggested").param("q", " "))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theFormOffersEveryCategoryWithItsSectionsInTheReadersLanguage() throws Exception {
        Document zh = Jsoup.parse(mvc.perform(get("/help/requests/new").param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(zh.select("#category optgroup").eachAttr("label"))
                .containsExactly("账户与安全", "充值与提现", "交易", "活动与优惠", "其他");
        Element trading = zh.select("#category optgroup[label=交易]").first();
        assertThat(trading.attr("data-fields")).as("the fields its requests need").isEqualTo("orderId");
        assertThat(trading.select("option").eachAttr("value"))
                .containsExactly("trading/spot", "trading/futures", "trading/fees", "trading");
        assertThat(trading.select("option[value=trading/futures]").text()).isEqualTo("合约交易");
        assertThat(trading.select("option[value=trading]").text()).isEqualTo("交易：其他问题");
        assertThat(zh.select("#category option[selected]")).as("nothing chosen for the reader").isEmpty();
    }

    @Test
    void theFormOpensInTheSectionOfTheArticleTheReaderCameFromOrTheSectionNamed() throws Exception {
        String key = "req-section-" + UUID.randomUUID().toString().substring(0, 8);
        knowledge.create(new ArticleContent(key, TicketCategory.TRADING, List.of(),
                Map.of("en", new ArticleText("Why was my position liquidated?", "Margin.", List.of())), "futures", false,
                ArticleStatus.PUBLISHED), "test");

        assertThat(selected(get("/help/requests/new").param("article", key).param("category", "trading")))
                .as("the article's own section").isEqualTo("trading/futures");
        assertThat(selected(get("/help/requests/new").param("category", "trading").param("section", "fees")))
                .isEqualTo("trading/fees");
        assertThat(selected(get("/help/requests/new").param("category", "trading/spot"))).isEqualTo("trading/spot");
        assertThat(selected(get("/help/requests/new").param("article", "no-such-article").param("category", "trading")))
                .as("an unknown article: its category as sent").isEqualTo("trading");
        assertThat(selected(get("/help/requests/new").param("category", "trading").param("section", "options")))
                .as("an unknown section: the category").isEqualTo("trading");
    }

    private String selected(MockHttpServletRequestBuilder form) throws Exception {
        Document page = Jsoup.parse(mvc.perform(form.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return page.select("#category option[selected]").attr("value");
    }

    @Test
    void theFormAndTheSignInPageAreInBothLanguagesWithCsrfTokens() throws Exception {
        Document zh = Jsoup.parse(mvc.perform(get("/help/requests/new").param("category", "trading").param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(zh.select("h1").text()).isEqualTo("提交请求");
        assertThat(zh.select("#category option[selected]").attr("value")).as("a bare category, as category pages send it")
                .isEqualTo("trading");
        assertThat(zh.select("#request-form input[name=_csrf]")).hasSize(1);
        assertThat(zh.select("#email")).as("a visitor gives an address").hasSize(1);

        Document en = Jsoup.parse(mvc.perform(get("/help/login").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(en.select("h1").text()).isEqualTo("Sign in");
        assertThat(en.select("form[action=/help/login] input[name=_csrf]")).hasSize(1);
    }
}
