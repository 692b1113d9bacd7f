package io.switchboard.web.error;

/** One field of a request is wrong in a way bean validation cannot say: 400 with that field in {@code errors}. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String problem;

    /** @param problem what is wrong, as bean validation says it: {@code "must not be before from"} */
    public InvalidFieldException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
