package io.switchboard.core.thread;

/** IN: written by the member; OUT: written by the bot or an agent. */
public enum Direction {
    IN,
    OUT
}
