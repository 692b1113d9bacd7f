package io.switchboard.core.member;

import io.switchboard.core.channel.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person as one platform knows them: unique on (channel, platformId). */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "platform_id", nullable = false)
    private String platformId;

    @Column(name = "display_name")
    private String displayName;

    private String handle;

    private String language;

    @Column(nullable = false)
    private boolean vip;

    /** A VIP's dedicated manager: the staff user name that gets their tickets first; null for none. */
    private String manager;

    /** The forum and help-center account this identity proves to be (an e-mail address the account verified). */
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Member() {
    }

    public Member(Channel channel, String platformId, Instant createdAt) {
        this.channel = channel;
        this.platformId = platformId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Keeps the latest name, handle and language the platform reported. */
    public void refreshProfile(String displayName, String handle, String language, Instant at) {
        this.displayName = displayName;
        this.handle = handle;
        if (language != null) {
            this.language = language;
        }
        this.updatedAt = at;
    }

    public void setVip(boolean vip, Instant at) {
        this.vip = vip;
        this.updatedAt = at;
    }

    public void assignManager(String manager, Instant at) {
        this.manager = manager;
        this.updatedAt = at;
    }

    /** This identity is the account's, or no longer any account's ({@code null}). */
    public void linkAccount(Long accountId, Instant at) {
        if (!java.util.Objects.equals(this.accountId, accountId)) {
            this.accountId = accountId;
            this.updatedAt = at;
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getManager() {
        return manager;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getPlatformId() {
        return platformId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHandle() {
        return handle;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isVip() {
        return vip;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
