package io.switchboard.admin.security;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRepository;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Staff and members sign in from one account store; the configured admin is kept in it. */
@StaffApiTest
class AccountStoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theConfiguredAdminIsAnAdminAccountWithABcryptHash() {
        Account admin = accounts.find(StaffApiTest.USERNAME).orElseThrow();

        assertThat(admin.getRole()).isEqualTo(AccountRole.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(StaffApiTest.PASSWORD);
        assertThat(encoder.matches(StaffApiTest.PASSWORD, admin.getPasswordHash())).isTrue();
    }

    @Test
    void aModeratorAccountFromTheStoreMayReadTheStaffApiAndAMemberMayNot() throws Exception {
        Account moderator = accounts.register("Mod-Mia", "Mia", encoder.encode("moderator-password"));
        moderator.changeRole(AccountRole.MODERATOR);
        repository.save(moderator);
        accounts.register("member-max", "Max", encoder.encode("member-password"));

        mvc.perform(get("/api/threads").with(httpBasic("mod-mia", "moderator-password"))).andExpect(status().isOk());
        mvc.perform(get("/api/threads").with(httpBasic("member-max", "member-password")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/threads").with(staff())).andExpect(status().isOk());
    }

    @Test
    void aBannedAccountCannotSignIn() throws Exception {
        Account banned = accounts.register("banned-bea", "Bea", encoder.encode("banned-password"));
        banned.changeRole(AccountRole.AGENT);
        banned.ban(Instant.now().plus(1, ChronoUnit.DAYS), "abuse");
        repository.save(banned);

        mvc.perform(get("/api/threads").with(httpBasic("banned-bea", "banned-password")))
                .andExpect(status().isUnauthorized());
    }
}
