package io.switchboard.helpcenter.request;

/**
 * A call-back request as the form sent it, nothing checked yet.
 *
 * @param phone the number to call, in any common format
 * @param language {@code zh} or {@code en}
 * @param time a {@link io.switchboard.core.callback.CallTime}'s name
 * @param reason a {@link io.switchboard.core.callback.CallBackReason}'s name
 * @param email a visitor's address; ignored for a signed-in member
 */
record CallBackDraft(String phone, String language, String time, String reason, String description, String email) {
}
