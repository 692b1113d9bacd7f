package io.switchboard.helpcenter.request;

/** No such request, or not the reader's: the same answer for both, so ids tell nobody anything. */
class RequestNotFound extends RuntimeException {

    RequestNotFound(long id) {
        super("no request " + id + " of the reader's", null, false, false);
    }
}
