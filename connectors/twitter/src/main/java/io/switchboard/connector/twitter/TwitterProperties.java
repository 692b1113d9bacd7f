package io.switchboard.connector.twitter;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The X (Twitter) connector's settings, prefix {@code switchboard.twitter}. The connector is on only
 * when {@code bearer-token} is set; then the account and a posting credential are required too.
 * Secrets come from the environment ({@code SWITCHBOARD_TWITTER_BEARER_TOKEN}...) and are masked in
 * {@link #toString()}.
 *
 * @param bearerToken app-only OAuth 2 bearer token, used for reading (mentions, tweet lookup)
 * @param consumerKey OAuth 1.0a API key of the app (posting as the account)
 * @param consumerSecret OAuth 1.0a API key secret
 * @param accessToken OAuth 1.0a access token of the support account
 * @param accessTokenSecret OAuth 1.0a access token secret
 * @param userAccessToken alternative to the OAuth 1.0a keys: an OAuth 2 user-context access token
 *     (scopes tweet.read tweet.write users.read dm.write); it expires, so OAuth 1.0a is preferred
 * @param accountId numeric user id of the support account (whose mentions are polled)
 * @param accountHandle its handle without {@code @}, for logs and the health entry
 * @param apiUrl base URL of the X API; tests and proxies point it elsewhere
 * @param pollInterval pause between two mention polls
 * @param maxRequestsPerWindow our own budget of mention requests per {@code rateLimitWindow}, kept
 *     below X's limit for the tier (Basic: 10 per 15 minutes per user)
 * @param rateLimitWindow the window the budget counts in (X counts in 15 minutes)
 * @param initialLookback how far back the very first poll looks, when no cursor is stored yet
 * @param requestTimeout connect and read timeout of every call to X
 * @param webhookConsumerSecret the app's API key secret; set it to enable the Account Activity
 *     webhook at {@code /webhooks/twitter}
 * @param webhookMaxPayload larger webhook bodies are refused with 413
 * @param linkBaseUrl help-centre or forum link appended when an answer is shortened to fit a tweet
 *     and the answer itself does not end with a link
 * @param privateChannelPointer the public reply sent instead of an answer that looks like it
 *     contains personal data
 */
@Validated
@ConfigurationProperties(prefix = "switchboard.twitter")
public record TwitterProperties(
        String bearerToken,
        String consumerKey,
        String consumerSecret,
        String accessToken,
        String accessTokenSecret,
        String userAccessToken,
        String accountId,
        String accountHandle,
        URI apiUrl,
        Duration pollInterval,
        @Min(1) @Max(10_000) Integer maxRequestsPerWindow,
        Duration rateLimitWindow,
        Duration initialLookback,
        Duration requestTimeout,
        String webhookConsumerSecret,
        DataSize webhookMaxPayload,
        URI linkBaseUrl,
        @NotBlank String privateChannelPointer) {

    /** Promises no ticket: the gateway posts it in place of an answer, and opens none. */
    static final String DEFAULT_POINTER = "For your account's security, please don't share details here:"
            + " send us a direct message and we'll help you there.";

    public TwitterProperties {
        apiUrl = apiUrl == null ? URI.create("https://api.x.com") : apiUrl;
        pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
        maxRequestsPerWindow = maxRequestsPerWindow == null ? 10 : maxRequestsPerWindow;
        rateLimitWindow = rateLimitWindow == null ? Duration.ofMinutes(15) : rateLimitWindow;
        initialLookback = initialLookback == null ? Duration.ofHours(1) : initialLookback;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        webhookMaxPayload = webhookMaxPayload == null ? DataSize.ofKilobytes(512) : webhookMaxPayload;
        privateChannelPointer = privateChannelPointer == null ? DEFAULT_POINTER : privateChannelPointer;
    }

    /** True when the connector is configured at all (it stays off otherwise). */
    boolean enabled() {
        return hasText(bearerToken);
    }

    boolean usesOAuth1() {
        return hasText(consumerKey) || hasText(consumerSecret) || hasText(accessToken)
                || hasText(accessTokenSecret);
    }

    boolean webhookEnabled() {
        return hasText(webhookConsumerSecret);
    }

    @AssertTrue(message = "switchboard.twitter.account-id must be the numeric user id of the support"
            + " account when switchboard.twitter.bearer-token is set")
    boolean isAccountIdValidWhenEnabled() {
        return !enabled() || (accountId != null && accountId.matches("\\d{1,20}"));
    }

    @AssertTrue(message = "posting needs either all four OAuth 1.0a values (switchboard.twitter."
            + "consumer-key, consumer-secret, access-token, access-token-secret) or switchboard.twitter."
            + "user-access-token, not both")
    boolean isPostingCredentialCompleteWhenEnabled() {
        if (!enabled()) {
            return true;
        }
        boolean oauth1 = hasText(consumerKey) && hasText(consumerSecret) && hasText(accessToken)
                && hasText(accessTokenSecret);
        boolean oauth2 = hasText(userAccessToken);
        return oauth1 ? !oauth2 : (oauth2 && !usesOAuth1());
    }

    @AssertTrue(message = "switchboard.twitter.poll-interval, rate-limit-window, request-timeout must"
            + " be positive and initial-lookback must not be negative")
    boolean isDurationsValid() {
        return positive(pollInterval) && positive(rateLimitWindow) && positive(requestTimeout)
                && !initialLookback.isNegative();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    @AssertTrue(message = "switchboard.twitter.api-url and link-base-url must be absolute http(s) URLs")
    boolean isUrlsValid() {
        return isHttpUrl(apiUrl) && (linkBaseUrl == null || isHttpUrl(linkBaseUrl));
    }

    private static boolean isHttpUrl(URI uri) {
        return uri.isAbsolute() && uri.getHost() != null
                && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Never prints a secret: the properties may end up in logs or failure messages. */
    @Override
    public String toString() {
        return "TwitterProperties[accountId=" + accountId + ", accountHandle=" + accountHandle
                + ", apiUrl=" + apiUrl + ", pollInterval=" + pollInterval
                + ", maxRequestsPerWindow=" + maxRequestsPerWindow + ", rateLimitWindow=" + rateLimitWindow
                + ", webhook=" + (webhookEnabled() ? "on" : "off")
                + ", posting=" + (usesOAuth1() ? "oauth1" : hasText(userAccessToken) ? "oauth2-user" : "none")
                + ", secrets=****]";
    }
}
