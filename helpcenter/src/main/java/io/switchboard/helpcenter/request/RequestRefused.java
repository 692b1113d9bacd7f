package io.switchboard.helpcenter.request;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A form or reply the help center will not take, with every reason as a message key (and its arguments) for
 * the page to show in the reader's language. Nothing was stored.
 */
class RequestRefused extends RuntimeException {

    /**
     * One reason: which field (null for the whole form) and what was wrong with it, as the page's message
     * source resolves it (an argument may itself be resolvable: the field's name in the reader's language).
     */
    record Problem(String field, String messageKey, Object... args) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {messageKey};
        }

        @Override
        public Object[] getArguments() {
            return args.clone();
        }
    }

    private final transient List<Problem> problems;

    RequestRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    RequestRefused(Problem problem) {
        this(List.of(problem));
    }

    List<Problem> problems() {
        return problems;
    }
}
