package io.switchboard.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.AdminTestApplication;
import io.switchboard.admin.support.BasicAuthClient;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No password configured: one is generated at the first start, told to the operator once, works, and
 * still works after a restart on the same database, which prints no new one.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedPasswordTest {

    private static final Pattern GENERATED = Pattern.compile(
            "WARN .* No admin password is configured \\(SWITCHBOARD_ADMIN_PASSWORD is not set\\), so one was"
                    + " generated at this first start: sign in as 'ops' with password (\\S+) \\. It is printed"
                    + " only this once and kept across restarts; an admin can change it under Staff, or set"
                    + " SWITCHBOARD_ADMIN_PASSWORD to choose one\\.");

    @TempDir
    Path data;

    @Test
    void printsTheGeneratedPasswordAtTheFirstStartOnlyAndKeepsItAcrossARestart(CapturedOutput output)
            throws Exception {
        String password;
        try (ConfigurableApplicationContext first = start()) {
            Matcher matcher = GENERATED.matcher(output.getOut());
            assertThat(matcher.find()).as("the generated-password warning in:%n%s", output.getOut()).isTrue();
            password = matcher.group(1);
            assertThat(matcher.find()).as("a second warning").isFalse();
            assertThat(output.getAll().split(Pattern.quote(password), -1)).as("times the password was printed")
                    .hasSize(2);

            BasicAuthClient client = new BasicAuthClient(port(first));
            assertThat(client.get("/api/threads", "ops", password).statusCode()).isEqualTo(200);
            assertThat(client.get("/api/threads", "admin", password).statusCode()).isEqualTo(401);
            assertThat(client.get("/api/threads", "ops", password + "x").statusCode()).isEqualTo(401);
        }

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(GENERATED.matcher(output.getOut()).results().count())
                    .as("generated-password warnings after the restart").isEqualTo(1);
            assertThat(new BasicAuthClient(port(restarted)).get("/api/threads", "ops", password).statusCode())
                    .as("the password noted at the first start, after a restart").isEqualTo(200);
        }
    }

    /** The application on this test's own database file, as a restart of the embedded setup would. */
    private ConfigurableApplicationContext start() {
        // Arguments, as on a command line, come before the test application.yml's in-memory database.
        return new SpringApplicationBuilder(AdminTestApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("switchboard")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--switchboard.admin.username=ops");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
