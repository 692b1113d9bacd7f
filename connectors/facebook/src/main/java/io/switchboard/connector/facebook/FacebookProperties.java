package io.switchboard.connector.facebook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the Facebook page connector, prefix {@code switchboard.facebook}. The connector
 * is active only when {@code page-access-token} is set; then {@code page-id}, {@code app-secret}
 * and {@code verify-token} are required too. The token, the app secret and the verify token are
 * secrets: set them from the environment ({@code SWITCHBOARD_FACEBOOK_PAGE_ACCESS_TOKEN}...), and
 * {@link #toString()} never shows them.
 *
 * @param pageId the numeric id of the Facebook page (its own comments and posts are ignored)
 * @param pageAccessToken a Page access token of that page (secret)
 * @param appSecret the Meta app's secret, the key of the webhook signatures (secret)
 * @param verifyToken the string typed into the app's webhook settings, echoed in the handshake
 * @param graphApiUrl base URL of the Graph API; a proxy or a fake server in tests
 * @param graphApiVersion Graph API version path element; the default, v26.0, is the newest version
 *     (released July 2026), and Meta keeps each version for about two years
 * @param maxBodyBytes webhook bodies larger than this are refused with 413
 * @param messagingWindow how long after a person's last Messenger message the page may answer
 *     with {@code messaging_type: RESPONSE} (Meta's standard messaging window)
 * @param connectTimeout connecting to the Graph API
 * @param requestTimeout one whole Graph API call
 */
@Validated
@ConfigurationProperties("switchboard.facebook")
public record FacebookProperties(
        String pageId,
        String pageAccessToken,
        String appSecret,
        String verifyToken,
        @NotNull @DefaultValue("https://graph.facebook.com") URI graphApiUrl,
        @NotNull @Pattern(regexp = "v\\d+\\.\\d+", message = "must look like v26.0")
        @DefaultValue("v26.0") String graphApiVersion,
        @NotNull @DefaultValue("1MB") DataSize maxBodyBytes,
        @NotNull @DefaultValue("24h") Duration messagingWindow,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("20s") Duration requestTimeout) {

    public FacebookProperties {
        if (StringUtils.hasText(pageAccessToken)) {
            List<String> missing = new ArrayList<>();
            if (!StringUtils.hasText(pageId)) {
                missing.add("page-id (SWITCHBOARD_FACEBOOK_PAGE_ID)");
            }
            if (!StringUtils.hasText(appSecret)) {
                missing.add("app-secret (SWITCHBOARD_FACEBOOK_APP_SECRET)");
            }
            if (!StringUtils.hasText(verifyToken)) {
                missing.add("verify-token (SWITCHBOARD_FACEBOOK_VERIFY_TOKEN)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("switchboard.facebook.page-access-token is set, so the Facebook"
                        + " connector is on, but these settings are missing: " + String.join(", ", missing));
            }
        }
    }

    /** The Graph API root every call goes to, e.g. {@code https://graph.facebook.com/v26.0}. */
    public String graphBaseUrl() {
        String base = graphApiUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/" + graphApiVersion;
    }

    @Override
    public String toString() {
        return "FacebookProperties[pageId=" + pageId
                + ", pageAccessToken=" + mask(pageAccessToken)
                + ", appSecret=" + mask(appSecret)
                + ", verifyToken=" + mask(verifyToken)
                + ", graphApiUrl=" + graphApiUrl
                + ", graphApiVersion=" + graphApiVersion
                + ", maxBodyBytes=" + maxBodyBytes
                + ", messagingWindow=" + messagingWindow
                + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + "]";
    }

    private static String mask(String secret) {
        return StringUtils.hasText(secret) ? "******" : "(not set)";
    }
}
