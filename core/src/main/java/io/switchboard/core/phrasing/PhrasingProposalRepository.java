package io.switchboard.core.phrasing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhrasingProposalRepository extends JpaRepository<PhrasingProposal, Long> {

    boolean existsByArticleKeyAndFolded(String articleKey, String folded);

    Page<PhrasingProposal> findByStatusOrderByProposedAtAscIdAsc(ProposalStatus status, Pageable page);
}
