package io.switchboard.core.member;

/** No member has the id a caller named. */
public class MemberNotFoundException extends RuntimeException {

    public MemberNotFoundException(long id) {
        super("no member " + id);
    }
}
