package io.switchboard.web.signin;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * Who may sign in: the accounts in core's account store, members and staff alike, on every sign-in
 * form of the site (forum, console) and by HTTP Basic on the APIs. Passwords are stored only as
 * bcrypt hashes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

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

    private static List<SimpleGrantedAuthority> authorities(Account account) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + AccountRole.MEMBER.name()));
        if (account.getRole() != AccountRole.MEMBER) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + account.getRole().name()));
        }
        return authorities;
    }
}
