package io.switchboard.router.decision;

/**
 * A member asking whether something is really the exchange's: {@code /verify @NovaEx_Helpdesk}.
 *
 * @param thing what followed the command (a link, e-mail address, phone number or handle), or null when nothing
 *     did: then the member is told how to use the command
 */
public record VerifyRequest(String thing) {

    public boolean empty() {
        return thing == null;
    }
}
