package io.switchboard.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.BasicAuthClient;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Guessing passwords through HTTP Basic locks the account; its owner and others are not locked out for less. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A database of its own: the admin password below must not replace the shared contexts' one.
        "spring.datasource.url=jdbc:h2:mem:lockout;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.admin.password=lockout-test-admin-password",
        "switchboard.admin.max-failed-sign-ins=3"})
class SignInLockoutTest {

    private static final String PASSWORD = "agent-password-1234";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    BasicAuthClient client;

    @BeforeEach
    void agents() {
        client = new BasicAuthClient(port);
        for (String agent : new String[] {"guessed-agent", "careless-agent", "other-agent"}) {
            accounts.syncStaff(agent, AccountRole.AGENT, encoder.encode(PASSWORD), stored -> true);
        }
    }

    @Test
    void threeWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int guess = 0; guess < 3; guess++) {
            assertThat(client.get("/api/threads", "guessed-agent", "guess-" + guess).statusCode()).isEqualTo(401);
        }

        assertThat(client.get("/api/threads", "guessed-agent", PASSWORD).statusCode())
                .as("locked: the right password does not get in either").isEqualTo(401);
        assertThat(client.get("/api/threads", "other-agent", PASSWORD).statusCode())
                .as("other accounts are not locked").isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        assertThat(client.get("/api/threads", "careless-agent", "typo-1").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "careless-agent", "typo-2").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "careless-agent", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/threads", "careless-agent", "typo-3").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/threads", "careless-agent", "typo-4").statusCode()).isEqualTo(401);

        assertThat(client.get("/api/threads", "careless-agent", PASSWORD).statusCode()).isEqualTo(200);
    }
}
