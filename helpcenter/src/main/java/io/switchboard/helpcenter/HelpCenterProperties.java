package io.switchboard.helpcenter;

import java.net.URI;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The help center's one address setting ({@code switchboard.helpcenter.public-url}), which every link that
 * is followed from outside the site starts with: canonical, hreflang and OpenGraph links, the sitemap, a
 * visitor's tracking link in its mail. Telegram's {@code /status} reads the same setting in the router.
 *
 * @param publicUrl the help center's public address ({@code https://help.example.com}), or null
 */
@ConfigurationProperties("switchboard.helpcenter")
public record HelpCenterProperties(URI publicUrl) {

    public HelpCenterProperties {
        if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null)) {
            throw new IllegalArgumentException(
                    "switchboard.helpcenter.public-url must be an absolute http(s) address, got " + publicUrl);
        }
    }

    /** {@code path} under the public address; empty when none is configured. */
    public Optional<String> absolute(String path) {
        return Optional.ofNullable(publicUrl).map(url -> url.toString().replaceAll("/+$", "") + path);
    }
}
