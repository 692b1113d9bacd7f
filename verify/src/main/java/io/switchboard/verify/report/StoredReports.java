package io.switchboard.verify.report;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredReports extends JpaRepository<StoredReport, Long> {

    List<StoredReport> findBySuspectIdOrderByIdDesc(Long suspectId, Pageable page);
}
