package io.switchboard.helpcenter.article;

import static io.switchboard.helpcenter.article.BrowseFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An anonymous reader, or a search engine's crawler, reading an article over real HTTP: the page carries
 * the token its "was this helpful?" buttons send, in a cookie, and no session is opened for it (a crawler
 * reading ten thousand pages would otherwise leave ten thousand sessions behind).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousReadersTest {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void readingAnArticleOpensNoSessionAndTheVoteTokenTravelsInACookie() throws Exception {
        article("anonymous-readers", TicketCategory.TRADING, "fees").en("Fees for crawlers", "What fees are.")
                .createIn(knowledgeBase);

        HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/help/articles/anonymous-readers?lang=en")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        List<String> cookies = read.headers().allValues("Set-Cookie");
        assertThat(cookies).as("no session").noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(cookies).as("the vote's token").anyMatch(cookie -> cookie.startsWith("HELP-XSRF-TOKEN=")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assertThat(Jsoup.parse(read.body()).select("meta[name=csrf-token]").attr("content")).isNotBlank();
    }
}
