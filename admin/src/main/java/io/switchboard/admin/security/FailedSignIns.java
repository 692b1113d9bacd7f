package io.switchboard.admin.security;

import java.io.Serializable;
import java.util.List;

/**
 * What a staff member is told once they sign in to the console: how many sign-ins to their account
 * failed since their last one (wrong passwords, and attempts refused while an address was locked or
 * the account slowed down), and the addresses they came from. Kept in the session until a page shows it.
 *
 * @param count the failed sign-ins
 * @param addresses the addresses they came from, the most recent first, at most {@link #SHOWN}
 * @param moreAddresses how many other addresses were left out
 */
public record FailedSignIns(long count, List<String> addresses, int moreAddresses) implements Serializable {

    static final int SHOWN = 5;
}
