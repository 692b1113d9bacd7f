package io.switchboard.core.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentRepository extends JpaRepository<Agent, Long> {

    Optional<Agent> findByUsername(String username);

    List<Agent> findByOnlineTrue();

    List<Agent> findAllByOrderByUsernameAsc();
}
