package io.switchboard.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Test
    void theWayForwardIsNewOpenPendingResolvedClosed() {
        assertThat(TicketStatus.NEW.allowsMoveTo(TicketStatus.OPEN)).isTrue();
        assertThat(TicketStatus.OPEN.allowsMoveTo(TicketStatus.PENDING_USER)).isTrue();
        assertThat(TicketStatus.PENDING_USER.allowsMoveTo(TicketStatus.RESOLVED)).isTrue();
        assertThat(TicketStatus.RESOLVED.allowsMoveTo(TicketStatus.CLOSED)).isTrue();
    }

    @Test
    void aMemberAnswerReopensAndAResolvedTicketCanBeReopenedUntilClosed() {
        assertThat(TicketStatus.PENDING_USER.allowsMoveTo(TicketStatus.OPEN)).isTrue();
        assertThat(TicketStatus.RESOLVED.allowsMoveTo(TicketStatus.OPEN)).isTrue();
        assertThat(TicketStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void nothingSkipsResolvedOnTheWayToClosedOrGoesBackToNew() {
        assertThat(TicketStatus.NEW.allowsMoveTo(TicketStatus.CLOSED)).isFalse();
        assertThat(TicketStatus.OPEN.allowsMoveTo(TicketStatus.CLOSED)).isFalse();
        assertThat(TicketStatus.OPEN.allowsMoveTo(TicketStatus.NEW)).isFalse();
    }
}
