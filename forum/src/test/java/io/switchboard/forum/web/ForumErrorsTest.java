package io.switchboard.forum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors as a browser or a script meets them on a real server (the container's error dispatch
 * included): the forum's own page in the reader's language, or the API's JSON error; never the
 * framework's "Whitelabel Error Page". A form sent without its CSRF token (the sign-in form too) is
 * a 403 that says the session expired or the form was stale, not a redirect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForumErrorsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET    | /forum/t/abc                     | 400 | That address or form is not valid. | 该地址或表单无效。",
        "GET    | /forum/t/99999999999999999999    | 400 | That address or form is not valid. | 该地址或表单无效。",
        "GET    | /forum/t/999999                  | 404 | There is no such page              | 页面不存在",
        "GET    | /forum/b/no-such-board           | 404 | There is no such page              | 页面不存在",
        "GET    | /forum/u/no-such-member          | 404 | There is no such page              | 页面不存在",
        "GET    | /forum/no/such/page              | 404 | There is no such page              | 页面不存在",
        "GET    | /forum/t/1/replies               | 405 | That page cannot be used this way. | 该页面不能这样使用。",
        "GET    | /forum/p/1/accept                | 405 | That page cannot be used this way. | 该页面不能这样使用。",
        "POST   | /forum/b/newcomers/topics        | 403 | Your session expired or the form was stale | 您的会话已过期或表单已失效",
        "POST   | /forum/login                     | 403 | Reload the page and try again      | 请刷新页面后重试"})
    void pagesShowTheForumsErrorPage(String method, String path, int status, String en, String zh) throws Exception {
        for (String[] language : new String[][] {{"en", en}, {"zh", zh}}) {
            HttpResponse<String> response = send(method, path, language[0], "text/html");

            assertThat(response.statusCode()).isEqualTo(status);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("[role=alert]").text()).contains(language[1]);
            assertThat(page.select("header.site .brand").text()).isNotBlank();
            assertThat(response.body()).doesNotContain("Whitelabel");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET    | /api/forum/topics/abc            | 400 | bad_request        | That address or form is not valid.",
        "GET    | /api/forum/topics/999999         | 404 | not_found          | There is no such page",
        "GET    | /api/forum/no/such/thing         | 404 | not_found          | There is no such page",
        "GET    | /api/forum/posts/1/accept        | 405 | method_not_allowed | That page cannot be used this way.",
        "GET    | /api/forum/search                | 400 | bad_request        | That address or form is not valid."})
    void theApiAnswersWithItsJsonError(String method, String path, int status, String error, String message)
            throws Exception {
        HttpResponse<String> response = send(method, path, "en", "application/json");

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"" + error + "\"").contains(message)
                .doesNotContain("Whitelabel").doesNotContain("timestamp");
    }

    private HttpResponse<String> send(String method, String path, String language, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept-Language", language).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
