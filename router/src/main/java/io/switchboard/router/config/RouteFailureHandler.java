package io.switchboard.router.config;

import org.apache.camel.Exchange;

/**
 * Cleans up after a route failed on an exchange, e.g. records the failure on the stored event the
 * exchange was about. Every bean of this type is called by {@link RouterErrorHandling}.
 */
public interface RouteFailureHandler {

    void onFailure(Exchange exchange, Throwable cause);
}
