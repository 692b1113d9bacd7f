package io.switchboard.helpcenter.request;

/** A tracking link that leads nowhere: not one of ours (404), or one of ours that expired (410). */
class TrackingLinkRefused extends RuntimeException {

    enum Kind {
        INVALID,
        EXPIRED
    }

    private final Kind kind;

    TrackingLinkRefused(Kind kind) {
        super(kind == Kind.EXPIRED ? "tracking link expired" : "not a tracking link of ours", null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
