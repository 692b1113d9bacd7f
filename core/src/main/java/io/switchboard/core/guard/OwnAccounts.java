package io.switchboard.core.guard;

import java.util.Set;

/**
 * The usernames of Switchboard's own accounts on a platform (the Telegram bot's), provided by the
 * connectors: the guard never takes them, or mentions of them, for impersonators, though the bot
 * is named like the brand ("NovaExSupportBot").
 */
public interface OwnAccounts {

    /** Without {@code @}; empty while not known yet (a bot's username is learned at start-up). */
    Set<String> handles();
}
