package io.switchboard.helpcenter.article;

import static io.switchboard.helpcenter.article.BrowseFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous readers, and search engines' crawlers, over real HTTP: reading opens no session (a crawler
 * reading ten thousand pages would otherwise leave ten thousand behind); pages are kept rendered for them
 * ({@code helpcenter.web.AnonymousPages}), yet each reader's page carries that reader's own token, so
 * "was this helpful?" works from a kept page and another reader's token is refused; an edit shows at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousReadersTest {

    private static final String KEY = "anonymous-readers";

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleVotes votes;

    @Test
    void readingAnArticleOpensNoSessionAndTheVoteTokenTravelsInACookie() throws Exception {
        article(KEY, TicketCategory.TRADING, "fees").en("Fees for crawlers", "What fees are.").createIn(knowledgeBase);

        HttpResponse<String> read = get(HttpClient.newHttpClient(), "/help/articles/" + KEY + "?lang=en");

        assertThat(read.statusCode()).isEqualTo(200);
        List<String> cookies = read.headers().allValues("Set-Cookie");
        assertThat(cookies).as("no session").noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(cookies).as("the vote's token").anyMatch(cookie -> cookie.startsWith("HELP-XSRF-TOKEN=")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assertThat(token(read)).isNotBlank();
    }

    @Test
    void aKeptPageCarriesEachReadersOwnTokenSoTheirVotesCountAndAnotherReadersTokenIsRefused() throws Exception {
        String key = KEY + "-kept";
        article(key, TicketCategory.TRADING, "fees").en("Maker and taker", "Makers add liquidity.")
                .createIn(knowledgeBase);
        HttpClient alice = reader();
        HttpClient bob = reader();
        String path = "/help/articles/" + key + "?lang=en";
        get(alice, path);
        get(bob, path);

        HttpResponse<String> alicesPage = get(alice, path);
        HttpResponse<String> bobsPage = get(bob, path);
        assertThat(Jsoup.parse(alicesPage.body()).select("h1").text()).isEqualTo("Maker and taker");
        assertThat(token(alicesPage)).isNotEqualTo(token(bobsPage));

        assertThat(vote(alice, key, bobsPage).statusCode()).as("Bob's token is not Alice's").isEqualTo(403);
        assertThat(vote(alice, key, alicesPage).statusCode()).isEqualTo(200);
        assertThat(vote(bob, key, get(bob, path)).statusCode()).isEqualTo(200);
        assertThat(votes.tally(key).notHelpful()).isEqualTo(2);
    }

    @Test
    void anEditShowsToAnonymousReadersAtOnce() throws Exception {
        String key = KEY + "-edited";
        article(key, TicketCategory.TRADING, "fees").en("Old title", "Old text.").createIn(knowledgeBase);
        HttpClient reader = reader();
        String path = "/help/articles/" + key + "?lang=en";
        get(reader, path);
        assertThat(title(get(reader, path))).isEqualTo("Old title");

        knowledgeBase.update(key, article(key, TicketCategory.TRADING, "fees").en("New title", "New text.").content(),
                "test");

        assertThat(title(get(reader, path))).isEqualTo("New title");
    }

    private static HttpClient reader() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient reader, String path) throws Exception {
        return reader.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A "no" sent as the page's script sends it: with the token the page carries, in the header it names. */
    private HttpResponse<String> vote(HttpClient reader, String key, HttpResponse<String> page) throws Exception {
        String header = Jsoup.parse(page.body()).select("meta[name=csrf-header]").attr("content");
        return reader.send(HttpRequest.newBuilder(uri("/api/help/articles/" + key + "/vote"))
                .header("Content-Type", "application/json").header("Origin", "http://127.0.0.1:" + port)
                .header(header, token(page)).POST(HttpRequest.BodyPublishers.ofString("{\"helpful\": false}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("meta[name=csrf-token]").attr("content");
    }

    private static String title(HttpResponse<String> page) {
        Document document = Jsoup.parse(page.body());
        return document.select("h1").text();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
