package io.switchboard.admin.security;

import io.switchboard.admin.AdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Staff accounts. For now there is one, the bootstrap admin from {@link AdminProperties}; its
 * password is kept only as a bcrypt hash. Staff accounts stored in the database come later.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class StaffAccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountsConfiguration.class);

    /** bcrypt for new hashes; the {id} prefix lets stored hashes move to another algorithm later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffAccounts(AdminProperties properties, PasswordEncoder passwordEncoder) {
        AdminPassword password = AdminPassword.configuredOrGenerated(properties.password());
        if (password.generated()) {
            // The operator has no other way to learn it; Spring Boot's own default user does the same.
            log.warn("No admin password is configured ({} is not set), so a random one was generated"
                    + " for this run: sign in as '{}' with password {} . It changes at every restart:"
                    + " set the {} environment variable to choose a permanent one.",
                    AdminPassword.ENVIRONMENT_VARIABLE, properties.username(), password.value(),
                    AdminPassword.ENVIRONMENT_VARIABLE);
        }
        return new InMemoryUserDetailsManager(User.withUsername(properties.username())
                .password(passwordEncoder.encode(password.value()))
                .roles(StaffRole.ADMIN.name())
                .build());
    }
}
