package io.switchboard.core.guard;

public class GuardDecisionNotFoundException extends RuntimeException {
    public GuardDecisionNotFoundException(long id) {
        super("no guard decision " + id);
    }
}
