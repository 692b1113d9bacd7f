package io.switchboard.core.guard;

public class GuardDecisionNotFoundException extends RuntimeException {

    private final long decisionId;

    public GuardDecisionNotFoundException(long id) {
        super("no guard decision " + id);
        this.decisionId = id;
    }

    public long decisionId() {
        return decisionId;
    }
}
