package io.switchboard.core.attachment;

/**
 * A file whose signature names a type but whose structure is broken (a segment or chunk running past the end):
 * its metadata cannot be found reliably, so it cannot be stored without the risk of keeping a location.
 */
class MalformedFileException extends RuntimeException {

    MalformedFileException(String detail) {
        super(detail);
    }
}
