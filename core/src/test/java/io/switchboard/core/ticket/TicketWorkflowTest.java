package io.switchboard.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.core.member.Member;
import io.switchboard.core.testing.StoppedClock;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

/** What staff do to a ticket and what they see of it: the moves the workflow allows, refusals that say why, its history. */
@AutoConfigureJson
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", TicketDeskSlice.H2})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TicketDeskSlice.class)
class TicketWorkflowTest {

    @Autowired
    TicketWorkflow workflow;

    @Autowired
    TicketDeskSlice.People people;

    @Autowired
    TicketEventRepository events;

    @Autowired
    StaffAudit audit;

    @Autowired
    StoppedClock clock;

    @BeforeEach
    void staff() {
        people.staff("dana", AccountRole.AGENT);
    }

    private Ticket open(SupportThread thread) {
        return workflow.openByHand("Withdrawal stuck", TicketCategory.DEPOSIT_WITHDRAWAL, TicketPriority.NORMAL,
                thread == null ? null : thread.getId(), "dana");
    }

    private static TicketChange status(TicketStatus status) {
        return new TicketChange(status, null, null, null);
    }

    private Ticket move(Ticket ticket, TicketStatus status) {
        return workflow.change(ticket.getId(), status(status), "dana");
    }

    @Test
    void aTicketGoesNewOpenPendingResolvedClosedAndEachStepIsALineOfItsHistory() {
        Ticket ticket = open(null);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.getReason()).isEqualTo(TicketWorkflow.OPENED_BY_HAND);

        for (TicketStatus next : new TicketStatus[] {TicketStatus.OPEN, TicketStatus.PENDING_USER,
                TicketStatus.RESOLVED, TicketStatus.CLOSED}) {
            assertThat(move(ticket, next).getStatus()).isEqualTo(next);
        }

        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getActor,
                TicketEvent::getAction, TicketEvent::getDetail).containsExactly(
                tuple("dana", "created", "opened by hand"),
                tuple("dana", "status-changed", "NEW -> OPEN"),
                tuple("dana", "status-changed", "OPEN -> PENDING_USER"),
                tuple("dana", "status-changed", "PENDING_USER -> RESOLVED"),
                tuple("dana", "status-changed", "RESOLVED -> CLOSED"));
        assertThat(ticket.getRespondedAt()).as("moving the ticket on counts as a response").isNotNull();
        assertThat(audit.search(AuditQuery.action("ticket.status"), 0, 10).getContent())
                .extracting(StaffAuditEntry::getBefore, StaffAuditEntry::getAfter)
                .contains(tuple("{\"status\":\"RESOLVED\"}", "{\"status\":\"CLOSED\"}"));
    }

    @Test
    void aMoveTheWorkflowRefusesSaysWhereTheTicketCanGoAndChangesNothing() {
        Ticket ticket = open(null);

        assertThatThrownBy(() -> move(ticket, TicketStatus.CLOSED))
                .isInstanceOf(TicketTransitionException.class)
                .hasMessage(ticket.getNumber() + " is NEW and cannot move to CLOSED; from NEW it can move to "
                        + TicketStatus.NEW.next());
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction)
                .containsExactly("created");
    }

    @Test
    void aClosedTicketIsFinal() {
        Ticket ticket = open(null);
        move(ticket, TicketStatus.RESOLVED);
        move(ticket, TicketStatus.CLOSED);

        assertThatThrownBy(() -> move(ticket, TicketStatus.OPEN))
                .isInstanceOf(TicketTransitionException.class)
                .hasMessage(ticket.getNumber() + " is CLOSED and cannot move to OPEN: CLOSED is final");
    }

    @Test
    void resolvingTheThreadsLastTicketClosesTheThreadAndReopeningItEscalatesItAgain() {
        SupportThread thread = people.threadOf(people.member("4100001"));
        Ticket first = open(thread);
        Ticket second = open(thread);

        move(first, TicketStatus.RESOLVED);
        assertThat(thread.getStatus()).as("another ticket of the thread is still open").isEqualTo(ThreadStatus.OPEN);
        move(second, TicketStatus.RESOLVED);
        assertThat(thread.getStatus()).isEqualTo(ThreadStatus.CLOSED);

        move(second, TicketStatus.OPEN);
        assertThat(thread.getStatus()).isEqualTo(ThreadStatus.ESCALATED);
    }

    @Test
    void priorityCategoryAndAssigneeChangesAreInTheHistoryWithTheirOldValue() {
        Ticket ticket = open(null);

        workflow.change(ticket.getId(), new TicketChange(null, TicketPriority.URGENT, TicketCategory.ACCOUNT_SECURITY,
                Optional.of("DANA")), "dana");
        workflow.change(ticket.getId(), new TicketChange(null, null, null, Optional.empty()), "dana");

        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.URGENT);
        assertThat(ticket.getCategory()).isEqualTo(TicketCategory.ACCOUNT_SECURITY);
        assertThat(ticket.getAssignee()).as("taken off dana again").isNull();
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction,
                TicketEvent::getDetail).containsExactly(
                tuple("created", "opened by hand"),
                tuple("priority-changed", "NORMAL -> URGENT"),
                tuple("category-changed", "DEPOSIT_WITHDRAWAL -> ACCOUNT_SECURITY"),
                tuple("assigned", "nobody -> dana"),
                tuple("assigned", "dana -> nobody"));
    }

    @Test
    void onlyAStaffAccountCanBeGivenATicket() {
        Ticket ticket = open(null);

        assertThatThrownBy(() -> workflow.change(ticket.getId(), new TicketChange(null, null, null,
                Optional.of("mallory")), "dana"))
                .isInstanceOfSatisfying(InvalidTicketRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("assignee"))
                .hasMessage("'mallory' is not a staff account");
        assertThat(ticket.getAssignee()).isNull();
    }

    @Test
    void aTicketForAThreadOrATicketThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> workflow.openByHand("?", TicketCategory.OTHER, TicketPriority.LOW, 999_999L, "dana"))
                .isInstanceOfSatisfying(InvalidTicketRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("threadId"))
                .hasMessage("no thread 999999");
        assertThatThrownBy(() -> workflow.change(999_999L, status(TicketStatus.OPEN), "dana"))
                .isInstanceOf(TicketNotFoundException.class).hasMessage("no ticket T-999999");
    }

    @Test
    void aVipMembersTicketIsMarkedAndRaisedToTheVipPriorityWhenItOpens() {
        Member member = people.member("4100002");
        member.setVip(true, clock.instant());

        Ticket ticket = open(people.threadOf(member));

        assertThat(ticket.isForVip()).isTrue();
        assertThat(ticket.getPriority()).as("switchboard.tickets.vip-priority").isEqualTo(TicketPriority.HIGH);
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction,
                TicketEvent::getDetail).contains(tuple("vip", "VIP member; priority NORMAL -> HIGH"));
    }
}
