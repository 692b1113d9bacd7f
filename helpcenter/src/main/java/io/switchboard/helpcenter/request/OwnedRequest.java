package io.switchboard.helpcenter.request;

/**
 * A request opened by the person it belongs to, and where its page is for them.
 *
 * @param page {@code /help/my/requests/<id>} for a member, {@code /help/track/<token>} for a visitor; the
 *     page's forms post under it
 */
record OwnedRequest(HelpRequest request, Requester requester, String page) {
}
