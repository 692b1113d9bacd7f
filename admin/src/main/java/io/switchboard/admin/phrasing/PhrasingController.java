package io.switchboard.admin.phrasing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.phrasing.PhrasingProposals;
import io.switchboard.core.phrasing.ProposalNotFoundException;
import io.switchboard.web.error.InvalidFieldException;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/kb/phrasings}: members' questions proposed as phrasings of the article an agent answered
 * them with, for moderators and admins to approve (the article gains the phrasing and is reindexed at
 * once) or reject. Each decision is a line of the audit log under the signed-in name.
 */
@RestController
@RequestMapping("/api/kb/phrasings")
@Tag(name = "Proposed phrasings", description = "Members' questions proposed as phrasings of knowledge-base"
        + " articles when agents resolve tickets with them; moderators and admins only")
class PhrasingController {

    private final PhrasingProposals proposals;
    private final ProposalViews views;

    PhrasingController(PhrasingProposals proposals, ProposalViews views) {
        this.proposals = proposals;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The proposals waiting for a decision, oldest first")
    PageResponse<ProposalView> pending(@Valid PageQuery paging) {
        return PageResponse.of(views.page(proposals.pending(paging.pageable(Sort.unsorted()))), view -> view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One proposal, whatever its status")
    @ApiResponse(responseCode = "404", description = "no proposal with that id")
    ProposalView get(@PathVariable long id) {
        return views.one(proposals.find(id).orElseThrow(() -> new ProposalNotFoundException(id)));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Adds the question, or the text given, to the article's phrasings; the engine reindexes"
            + " the article at once")
    @ApiResponse(responseCode = "400", description = "the text given holds no question")
    @ApiResponse(responseCode = "404", description = "no proposal with that id, or its article was deleted")
    @ApiResponse(responseCode = "409", description = "the proposal was approved or rejected already")
    ProposalView approve(@PathVariable long id, @RequestBody(required = false) Approval approval, Principal staff) {
        String text = approval == null ? null : approval.text();
        try {
            return views.one(proposals.approve(id, text, staff.getName()));
        } catch (IllegalArgumentException emptyEdit) {
            throw new InvalidFieldException("text", emptyEdit.getMessage());
        }
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Turns the proposal down; the same question is not proposed for that article again")
    @ApiResponse(responseCode = "404", description = "no proposal with that id")
    @ApiResponse(responseCode = "409", description = "the proposal was approved or rejected already")
    ProposalView reject(@PathVariable long id, Principal staff) {
        return views.one(proposals.reject(id, staff.getName()));
    }

    /** @param text the phrasing as the manager corrected it; absent or null keeps the question as proposed */
    record Approval(String text) {
    }
}
