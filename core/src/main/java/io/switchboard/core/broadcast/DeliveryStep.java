package io.switchboard.core.broadcast;

/** What a delivery still has to do on its platform. */
public enum DeliveryStep {
    /** Post the announcement. */
    PUBLISH,
    /** Pin the posted copy (Telegram). */
    PIN,
    /** Replace the copy's text with the announcement's current text. */
    EDIT,
    /** Delete (or hide) the copy. */
    RETRACT
}
