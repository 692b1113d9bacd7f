package io.switchboard.verify.check;

/** @param subject what the reason is about (the registered value imitated, the staff member copied); may be null */
public record Reason(ReasonCode code, String subject) {

    public static Reason of(ReasonCode code) {
        return new Reason(code, null);
    }
}
