package io.switchboard.core.account;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** @param username already {@link Account#normalize normalized} */
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByRoleAndBotFalseOrderByUsernameAsc(AccountRole role);

    List<Account> findByRoleInAndBotFalseOrderByUsernameAsc(Collection<AccountRole> roles);

    /** Locks the rows it reads until the transaction ends (select ... for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<Account> findByRoleAndEnabledTrueAndBotFalse(AccountRole role);
}
