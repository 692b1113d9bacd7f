package io.switchboard.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.audit.AuditQuery;
import io.switchboard.web.error.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void aDateMeansTheWholeUtcDaySoFromAndToTheSameDayIsThatDay() {
        AuditQuery query = new AuditFilter(null, null, null, null, "2026-12-01", "2026-12-01").query();

        assertThat(query.from()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void instantsAreTakenAsTheyAreAndBlankFieldsFilterNothing() {
        AuditQuery query = new AuditFilter(" ", "", "ticket", " T-4 ", "2026-12-01T08:30:00Z", null).query();

        assertThat(query).isEqualTo(new AuditQuery(null, null, "ticket", "T-4", Instant.parse("2026-12-01T08:30:00Z"),
                null));
    }

    @Test
    void aDayThatDoesNotExistIsRefusedByName() {
        assertThatThrownBy(() -> new AuditFilter(null, null, null, null, null, "2026-02-30").query())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("to must be an instant (2026-12-01T08:00:00Z) or a date (2026-12-01), not '2026-02-30'");
    }
}
