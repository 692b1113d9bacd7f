package io.switchboard.core.guard;

/** Undoing a guard decision, implemented where the platform actions are (the router). */
public interface GuardUndo {

    /**
     * Lifts what the decision did: unmutes or unbans the member, shows the message again where the
     * platform allows it (a hidden Facebook comment; a deleted Telegram message cannot come back,
     * which the decision then says), and marks the decision undone.
     *
     * @param actor the staff username
     * @throws GuardDecisionNotFoundException when there is no such decision
     * @throws GuardUndoException when it was undone already or the platform refused
     */
    GuardDecision undo(long decisionId, String actor);
}
