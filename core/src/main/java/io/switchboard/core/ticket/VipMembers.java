package io.switchboard.core.ticket;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberNotFoundException;
import io.switchboard.core.member.MemberRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VIP members: marked by staff or listed in {@code switchboard.tickets.vip-platform-ids}. Their
 * tickets are marked VIP (first in the queue, at least {@code switchboard.tickets.vip-priority})
 * when they open, and the unresolved ones when the member is marked; they go to the member's
 * dedicated manager when set and online with room. Unmarking a member leaves open tickets as they are.
 */
@Service
@Transactional
public class VipMembers {

    private final MemberRepository members;
    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final Accounts accounts;
    private final TicketAssigner assigner;
    private final TicketsProperties properties;
    private final TicketSla sla;
    private final AssignmentLock lock;
    private final StaffAudit audit;
    private final Clock clock;

    VipMembers(MemberRepository members, TicketRepository tickets, TicketEventRepository events, Accounts accounts,
            TicketAssigner assigner, TicketsProperties properties, TicketSla sla, AssignmentLock lock, StaffAudit audit,
            Clock clock) {
        this.members = members;
        this.tickets = tickets;
        this.events = events;
        this.accounts = accounts;
        this.assigner = assigner;
        this.properties = properties;
        this.sla = sla;
        this.lock = lock;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isVip(Member member) {
        return member.isVip() || properties.listsAsVip(member.getChannel(), member.getPlatformId());
    }

    /** Marks a new ticket VIP when its member is one; call before it is assigned. */
    public void applyTo(Ticket ticket, String actor) {
        if (ticket.getThread() != null && isVip(ticket.getThread().getMember())) {
            markTicket(ticket, clock.instant(), actor);
        }
    }

    /** @throws MemberNotFoundException when there is no such member */
    public Member markVip(long memberId, boolean vip, String actor) {
        Member member = lockedMember(memberId);
        lock.acquire();
        Instant now = clock.instant();
        if (member.isVip() != vip) {
            audit.record(actor, "member.vip", target(member), StaffAudit.state("vip", member.isVip()),
                    StaffAudit.state("vip", vip));
        }
        member.setVip(vip, now);
        if (vip) {
            tickets.findByThreadMemberAndStatusIn(member, TicketStatus.unresolved()).stream()
                    .filter(ticket -> !ticket.isForVip())
                    .forEach(ticket -> markTicket(ticket, now, actor));
            assigner.assignQueued();
        }
        return member;
    }

    /**
     * @param username a staff user name, or null for none
     * @throws InvalidTicketRequestException when the name is not a staff account
     */
    public Member assignManager(long memberId, String username, String actor) {
        Member member = lockedMember(memberId);
        lock.acquire();
        String manager = username == null ? null : accounts.findStaff(username).map(Account::getUsername)
                .orElseThrow(() -> new InvalidTicketRequestException("username",
                        "'" + username + "' is not a staff account"));
        if (!Objects.equals(manager, member.getManager())) {
            audit.record(actor, "member.manager", target(member), StaffAudit.state("manager", member.getManager()),
                    StaffAudit.state("manager", manager));
        }
        member.assignManager(manager, clock.instant());
        assigner.assignQueued();
        return member;
    }

    private static AuditTarget target(Member member) {
        return AuditTarget.of("member", member.getId());
    }

    /**
     * The member's row, locked before the {@link AssignmentLock} (that lock's order): the intake holds
     * it while the member's message becomes a ticket, and then waits for the assignment lock.
     */
    private Member lockedMember(long id) {
        return members.findLockedById(id).orElseThrow(() -> new MemberNotFoundException(id));
    }

    private void markTicket(Ticket ticket, Instant now, String actor) {
        TicketPriority before = ticket.getPriority();
        ticket.markVip(properties.vipPriority(), now);
        sla.schedule(ticket);
        events.save(new TicketEvent(ticket, now, actor, "vip", before == ticket.getPriority() ? "VIP member"
                : "VIP member; priority " + before + " -> " + ticket.getPriority()));
    }
}
