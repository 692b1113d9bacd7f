package io.switchboard.core.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** @param username already {@link Account#normalize normalized} */
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByRoleAndBotFalseOrderByUsernameAsc(AccountRole role);

    List<Account> findByRoleInAndBotFalseOrderByUsernameAsc(Collection<AccountRole> roles);

    long countByRoleAndEnabledTrueAndBotFalse(AccountRole role);
}
