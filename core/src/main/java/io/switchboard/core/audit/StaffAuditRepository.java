package io.switchboard.core.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StaffAuditRepository extends JpaRepository<StaffAuditEntry, Long>, JpaSpecificationExecutor<StaffAuditEntry> {
}
