package io.switchboard.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person (or the official bot) who signs in to Switchboard: a forum member or a staff member.
 * The user name is kept in lower case, so it is unique regardless of case. The password is only
 * ever a hash with its algorithm prefix ({@code {bcrypt}...}).
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountRole role;

    @Column(nullable = false)
    private boolean bot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "silenced_until")
    private Instant silencedUntil;

    @Column(name = "banned_until")
    private Instant bannedUntil;

    @Column(name = "sanction_reason")
    private String sanctionReason;

    /** Admins disable staff accounts rather than delete them: the name stays in histories. */
    @Column(nullable = false)
    private boolean enabled = true;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, AccountRole role, boolean bot,
            Instant createdAt) {
        this.username = normalize(username);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.bot = bot;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** How user names are compared and stored. */
    public static String normalize(String username) {
        return Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public void changeRole(AccountRole role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    /** A disabled account cannot sign in, and its sessions end at their next request. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Keeps the member from posting until {@code until}; null lifts it. */
    public void silence(Instant until, String reason) {
        this.silencedUntil = until;
        this.sanctionReason = reason;
    }

    /** Keeps the member from signing in until {@code until}; null lifts it. */
    public void ban(Instant until, String reason) {
        this.bannedUntil = until;
        this.sanctionReason = reason;
    }

    public boolean isSilencedAt(Instant at) {
        return silencedUntil != null && silencedUntil.isAfter(at);
    }

    public boolean isBannedAt(Instant at) {
        return bannedUntil != null && bannedUntil.isAfter(at);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountRole getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isBot() {
        return bot;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSilencedUntil() {
        return silencedUntil;
    }

    public Instant getBannedUntil() {
        return bannedUntil;
    }

    public String getSanctionReason() {
        return sanctionReason;
    }
}
