package io.switchboard.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.BasicAuthClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A configured password signs in and never reaches the log, not even with security debug logging on. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A database of its own: this admin password must not replace the shared contexts' one.
        "spring.datasource.url=jdbc:h2:mem:configured-password;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.admin.password=" + ConfiguredPasswordTest.PASSWORD,
        "logging.level.org.springframework.security=DEBUG",
        "logging.level.io.switchboard=DEBUG"})
class ConfiguredPasswordTest {

    static final String PASSWORD = "Configured-Secret-4711";

    @LocalServerPort
    int port;

    @Test
    void signsInAndNeverLogsThePassword(CapturedOutput output) throws Exception {
        BasicAuthClient client = new BasicAuthClient(port);
        HttpResponse<String> signedIn = client.get("/api/threads", "admin", PASSWORD);
        HttpResponse<String> refused = client.get("/api/threads", "admin", PASSWORD.toLowerCase());

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).startsWith("{\"content\":[");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"switchboard\"");
        assertThat(refused.body()).contains("\"error\":\"unauthorized\"");
        assertThat(output.getAll())
                .contains("Started ConfiguredPasswordTest")
                .doesNotContainIgnoringCase(PASSWORD)
                .doesNotContain("No admin password is configured");
    }

    @Test
    void unknownApiPathIsNotFoundForStaffButUnauthorizedForEveryoneElse() throws Exception {
        BasicAuthClient client = new BasicAuthClient(port);

        assertThat(client.get("/api/no-such-thing", "admin", PASSWORD).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/no-such-thing", "admin", "wrong-password").statusCode()).isEqualTo(401);
    }
}
