package io.switchboard.connector.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the e-mail channel, prefix {@code switchboard.email}. The channel is on only when
 * {@code address} is set; then the mailbox ({@code imap.host}, {@code imap.username}) and the outgoing
 * server ({@code smtp.host}) are required too. The passwords are secrets: set them from the environment
 * ({@code SWITCHBOARD_EMAIL_IMAP_PASSWORD}, {@code SWITCHBOARD_EMAIL_SMTP_PASSWORD}), and {@link #toString()}
 * never shows them.
 *
 * @param address the official support address: the mailbox read, the From and Reply-To of every reply
 * @param displayName the name shown beside {@code address} in the member's mail client
 * @param ownDomains the exchange's own mail domains: mail claiming one of them must pass SPF or DMARC, and
 *     answering none of our own addresses breaks loops; the domain of {@code address} when empty
 * @param imap the mailbox mail comes in from
 * @param smtp the server replies go out through
 * @param maxPerSenderPerHour messages from one address in an hour beyond which none is answered (RFC 3834's
 *     "a responder must not answer the same sender too often"): a person never writes this many, a loop does
 * @param maxMessageSize mail larger than this is kept unread in the mailbox, logged, and not taken in
 */
@Validated
@ConfigurationProperties("switchboard.email")
public record EmailProperties(
        String address,
        @DefaultValue("Support") String displayName,
        List<String> ownDomains,
        @Valid @NotNull @DefaultValue Imap imap,
        @Valid @NotNull @DefaultValue Smtp smtp,
        @Min(1) @DefaultValue("20") int maxPerSenderPerHour,
        @NotNull @DefaultValue("25MB") DataSize maxMessageSize) {

    /** How a connection to a mail server is secured. */
    public enum Security {
        /** TLS from the first byte (IMAPS on 993, SMTPS on 465). */
        TLS,
        /** A plain connection upgraded with STARTTLS, which must succeed (IMAP on 143, submission on 587). */
        STARTTLS,
        /** No encryption: only for a server on the same machine or in tests. */
        NONE
    }

    /**
     * @param folder the folder read
     * @param processedFolder where mail is moved once stored; empty to leave it in {@code folder}, marked seen
     * @param idle wait for new mail with IMAP IDLE where the server offers it; the poll interval stays as a
     *     safety net
     * @param pollInterval how often the folder is read
     */
    public record Imap(
            String host,
            @Min(0) @DefaultValue("993") int port,
            @NotNull @DefaultValue("TLS") Security security,
            String username,
            String password,
            @NotNull @DefaultValue("INBOX") String folder,
            String processedFolder,
            @DefaultValue("true") boolean idle,
            @NotNull @DefaultValue("60s") Duration pollInterval,
            @NotNull @DefaultValue("10s") Duration connectTimeout,
            @NotNull @DefaultValue("60s") Duration readTimeout) {

        @Override
        public String toString() {
            return "Imap[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                    + ", password=" + (StringUtils.hasText(password) ? "(set)" : "(not set)") + ", folder=" + folder
                    + ", processedFolder=" + processedFolder + ", idle=" + idle + ", pollInterval=" + pollInterval + "]";
        }
    }

    public record Smtp(
            String host,
            @Min(0) @DefaultValue("465") int port,
            @NotNull @DefaultValue("TLS") Security security,
            String username,
            String password,
            @NotNull @DefaultValue("10s") Duration connectTimeout,
            @NotNull @DefaultValue("60s") Duration readTimeout) {

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                    + ", password=" + (StringUtils.hasText(password) ? "(set)" : "(not set)") + "]";
        }
    }

    public EmailProperties {
        ownDomains = ownDomains == null ? List.of()
                : ownDomains.stream().map(domain -> domain.strip().toLowerCase(Locale.ROOT)).toList();
        if (StringUtils.hasText(address)) {
            if (address.indexOf('@') < 1) {
                throw new IllegalArgumentException("switchboard.email.address must be an e-mail address, got '"
                        + address + "'");
            }
            List<String> missing = new ArrayList<>();
            if (imap == null || !StringUtils.hasText(imap.host())) {
                missing.add("imap.host (SWITCHBOARD_EMAIL_IMAP_HOST)");
            }
            if (imap == null || !StringUtils.hasText(imap.username())) {
                missing.add("imap.username (SWITCHBOARD_EMAIL_IMAP_USERNAME)");
            }
            if (smtp == null || !StringUtils.hasText(smtp.host())) {
                missing.add("smtp.host (SWITCHBOARD_EMAIL_SMTP_HOST)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("switchboard.email.address is set, so the e-mail channel is on,"
                        + " but these settings are missing: " + String.join(", ", missing));
            }
            if (ownDomains.isEmpty()) {
                ownDomains = List.of(domainOf(address));
            }
        }
    }

    /** The support address in lower case. */
    public String supportAddress() {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** The domain of an address, in lower case; the whole text when it has no {@code @}. */
    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "EmailProperties[address=" + address + ", displayName=" + displayName + ", ownDomains=" + ownDomains
                + ", imap=" + imap + ", smtp=" + smtp + ", maxPerSenderPerHour=" + maxPerSenderPerHour
                + ", maxMessageSize=" + maxMessageSize + "]";
    }
}
