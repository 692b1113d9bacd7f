package io.switchboard.admin.security;

import io.switchboard.admin.AdminProperties;
import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may sign in: the accounts in core's account store, for the staff API (HTTP Basic) and the
 * forum (form login) alike. The bootstrap admin from {@link AdminProperties} is kept in step with
 * its configuration at startup; its password is stored only as a bcrypt hash.
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

    /**
     * Every account is a member; staff accounts carry their staff role too. Banned accounts are
     * locked; accounts an admin disabled are disabled. Too many wrong passwords lock the address they
     * came from, or slow the account down, before the password is read ({@link SignInAttempts}).
     */
    @Bean
    AuthenticationProvider accountSignIn(Accounts accounts, SignInAttempts attempts, PasswordEncoder encoder,
            Clock clock) {
        UserDetailsService details = username -> accounts.find(username)
                .filter(account -> !account.isBot())
                .map(account -> User.withUsername(account.getUsername())
                        .password(account.getPasswordHash())
                        .authorities(authorities(account))
                        .accountLocked(account.isBannedAt(clock.instant()))
                        .disabled(!account.isEnabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new CheckedSignIn(details, encoder, attempts);
    }

    /**
     * Spring Security's failure events, with {@link SignInRefused} published as the lock it is (the
     * default publisher knows exceptions by their exact class), so that it is audited.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInRefused.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

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

    private static List<SimpleGrantedAuthority> authorities(Account account) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + AccountRole.MEMBER.name()));
        if (account.getRole() != AccountRole.MEMBER) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + account.getRole().name()));
        }
        return authorities;
    }
}
