package io.switchboard.core.guard;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredGuardRulesRepository extends JpaRepository<StoredGuardRules, Long> {
}
