package io.switchboard.core.ticket;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A staff account that takes tickets: what it knows, how much it holds at once, whether it is there. */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The account's user name, already normalized. */
    @Column(nullable = false, unique = true)
    private String username;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private Set<TicketCategory> skills = EnumSet.noneOf(TicketCategory.class);

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Agent() {
    }

    Agent(String username, Instant at) {
        this.username = username;
        this.updatedAt = at;
    }

    void changeProfile(Collection<TicketCategory> skills, int capacity, Instant at) {
        this.skills.clear();
        this.skills.addAll(skills);
        this.capacity = capacity;
        this.updatedAt = at;
    }

    void changePresence(boolean online, Instant at) {
        this.online = online;
        this.lastSeenAt = at;
        this.updatedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public Set<TicketCategory> getSkills() {
        return skills.isEmpty() ? EnumSet.noneOf(TicketCategory.class) : EnumSet.copyOf(skills);
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isOnline() {
        return online;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
