package io.switchboard.admin.security;

import io.switchboard.admin.AdminProperties;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The bootstrap admin from {@link AdminProperties}, kept in step with its configuration at startup;
 * its password is stored only as a bcrypt hash. Who may sign in, and how, is web's
 * ({@code io.switchboard.web.signin}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class StaffAccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountsConfiguration.class);

    /**
     * Runs before anything else that starts with the application, so the admin can sign in at once. A
     * configured password wins at every start. Without one, a password is generated only when the
     * account does not exist yet, printed that once, and kept across restarts (only its hash is
     * stored): a password that changed at every restart would lock out the staff who wrote it down.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner bootstrapAdmin(AdminProperties properties, Accounts accounts, PasswordEncoder encoder) {
        AdminPassword password = AdminPassword.configuredOrGenerated(properties.password());
        return arguments -> {
            boolean firstStart = accounts.find(properties.username()).isEmpty();
            accounts.syncStaff(properties.username(), AccountRole.ADMIN, encoder.encode(password.value()),
                    stored -> password.generated() || encoder.matches(password.value(), stored));
            if (password.generated() && firstStart) {
                // The operator has no other way to learn it; Spring Boot's own default user does the same.
                log.warn("No admin password is configured ({} is not set), so one was generated at this first"
                        + " start: sign in as '{}' with password {} . It is printed only this once and kept"
                        + " across restarts; an admin can change it under Staff, or set {} to choose one.",
                        AdminPassword.ENVIRONMENT_VARIABLE, properties.username(), password.value(),
                        AdminPassword.ENVIRONMENT_VARIABLE);
            }
        };
    }
}
