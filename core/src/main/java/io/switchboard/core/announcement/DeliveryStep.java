package io.switchboard.core.announcement;

/** What a delivery still has to do on its platform. */
public enum DeliveryStep {
    /** Post the announcement. */
    PUBLISH,
    /** Pin the posted copy (Telegram). */
    PIN,
    /** Take the pin down again: the announcement expired (Telegram). */
    UNPIN,
    /** Replace the copy's text with the announcement's current text. */
    EDIT,
    /** Delete (or hide) the copy. */
    RETRACT
}
