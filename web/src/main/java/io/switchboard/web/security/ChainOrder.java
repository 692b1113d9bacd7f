package io.switchboard.web.security;

import org.springframework.core.Ordered;

/**
 * The order in which the site's security filter chains are tried, the first whose addresses match a
 * request taking it. Each surface declares its own chain in its own module, ordered by one of these.
 * Only the order of chains whose addresses overlap matters: a surface's JSON API under
 * {@code /api/<surface>/**} before the staff API's {@code /api/**}, which would take it otherwise, and
 * every chain before the last, which denies what none of them took. The gaps leave room for the next
 * surfaces, each with addresses of its own.
 */
public final class ChainOrder {

    /** {@code /api/forum/**}: the forum's JSON API, for members and staff. */
    public static final int FORUM_API = 10;
    /** {@code /api/help/**}: the help center's JSON API (suggestions as one types, votes). */
    public static final int HELP_API = 20;
    /** {@code /api/chat/**}: the live chat's API for visitors' widgets (long polling, files, e-mail). */
    public static final int CHAT_API = 30;
    /** {@code /api/**}: the staff API, after every surface's own API. */
    public static final int STAFF_API = 100;
    /**
     * Machines rather than people: platform webhooks, health probes, metrics, the announcement feed.
     * Their addresses overlap no other chain's.
     */
    public static final int MACHINES = 200;
    /** {@code /} and {@code /forum/**}: the forum's pages. */
    public static final int FORUM_PAGES = 300;
    /** {@code /help/**}: the help center's pages. */
    public static final int HELP_PAGES = 350;
    /** {@code /chat/**}: the live chat's widget, its WebSocket and its files. */
    public static final int CHAT_PAGES = 380;
    /** {@code /console/**}: the staff console's pages. */
    public static final int CONSOLE_PAGES = 400;
    /** Everything no other chain took: denied. */
    public static final int EVERYTHING_ELSE = Ordered.LOWEST_PRECEDENCE;

    private ChainOrder() {
    }
}
