package io.switchboard.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.BasicAuthClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No password configured: one is generated, told to the operator once, and works. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A database of its own: the generated password must not replace the shared contexts' one.
        "spring.datasource.url=jdbc:h2:mem:generated-password;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.admin.username=ops"})
class GeneratedPasswordTest {

    private static final Pattern GENERATED = Pattern.compile(
            "WARN .* No admin password is configured \\(SWITCHBOARD_ADMIN_PASSWORD is not set\\), so a random one"
                    + " was generated for this run: sign in as 'ops' with password (\\S+) \\. It changes at every"
                    + " restart: set the SWITCHBOARD_ADMIN_PASSWORD environment variable to choose a permanent one\\.");

    @LocalServerPort
    int port;

    @Test
    void logsTheGeneratedPasswordOnceAtWarnAndItSignsIn(CapturedOutput output) throws Exception {
        Matcher matcher = GENERATED.matcher(output.getOut());
        assertThat(matcher.find()).as("the generated-password warning in:%n%s", output.getOut()).isTrue();
        String password = matcher.group(1);
        assertThat(matcher.find()).as("a second warning").isFalse();
        assertThat(output.getAll().split(Pattern.quote(password), -1)).as("times the password was printed").hasSize(2);

        BasicAuthClient client = new BasicAuthClient(port);
        assertThat(client.get("/api/threads", "ops", password).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/threads", "admin", password).statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "ops", password + "x").statusCode()).isEqualTo(401);
    }
}
