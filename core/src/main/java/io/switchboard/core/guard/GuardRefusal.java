package io.switchboard.core.guard;

import java.util.List;

/**
 * Something the guard refused to do. The message says it in English for the API and the logs;
 * {@link #reason()} and {@link #arguments()} let a page say it in the reader's language.
 * Each subclass has its own reasons, each documenting the arguments it carries (a throwable cannot
 * be generic, so a subclass narrows {@link #reason()}).
 */
public abstract class GuardRefusal extends RuntimeException {

    private final Enum<?> reason;
    private final List<String> arguments;

    protected GuardRefusal(Enum<?> reason, List<String> arguments, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.arguments = List.copyOf(arguments);
    }

    public Enum<?> reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }
}
