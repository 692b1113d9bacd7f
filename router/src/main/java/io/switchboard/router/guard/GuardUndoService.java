package io.switchboard.router.guard;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionNotFoundException;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardUndo;
import io.switchboard.core.guard.GuardUndoException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a guard decision on the platform as far as the platform allows, records it, and takes it
 * off the moderation queue.
 */
@Service
class GuardUndoService implements GuardUndo {

    private final GuardDecisionRepository decisions;
    private final GuardActions actions;
    private final RemovedMessages removed;
    private final StaffAudit audit;
    private final Clock clock;

    GuardUndoService(GuardDecisionRepository decisions, GuardActions actions, RemovedMessages removed, StaffAudit audit,
            Clock clock) {
        this.decisions = decisions;
        this.actions = actions;
        this.removed = removed;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public GuardDecision undo(long decisionId, String actor) {
        GuardDecision decision = decisions.findById(decisionId)
                .orElseThrow(() -> new GuardDecisionNotFoundException(decisionId));
        if (decision.getOutcome() == GuardOutcome.UNDONE) {
            throw GuardUndoException.undoneAlready(decisionId, decision.getUndoneBy());
        }
        List<String> done = new ArrayList<>();
        try {
            if (decision.getAction() == GuardAction.MUTE && decision.getOutcome() == GuardOutcome.DONE) {
                actions.unmute(decision, actor);
                done.add("member unmuted");
            } else if (decision.getAction() == GuardAction.BAN && decision.getOutcome() == GuardOutcome.DONE) {
                actions.unban(decision, actor);
                done.add("member unbanned");
            }
            if (GuardActions.Removal.HIDDEN.name().equals(decision.getRemoval())) {
                actions.restore(decision, actor);
                done.add("message shown again");
            } else if (GuardActions.Removal.DELETED.name().equals(decision.getRemoval())) {
                done.add("the deleted message cannot be restored on " + decision.getChannel().key());
            }
        } catch (GuardActionFailed e) {
            throw GuardUndoException.platform(decision.getChannel(), decisionId, e.getMessage(), e);
        }
        actions.handled(decision, actor);
        removed.restored(decision);
        GuardOutcome before = decision.getOutcome();
        decision.markUndone(actor, clock.instant(), "undone by " + actor + (done.isEmpty() ? "" : ": "
                + String.join(", ", done)));
        audit.record(actor, "guard.undo", AuditTarget.of("guard-decision", decisionId), decision.getRule(),
                StaffAudit.state("outcome", before, "action", decision.getAction()),
                StaffAudit.state("outcome", decision.getOutcome(), "done", done));
        return decision;
    }
}
