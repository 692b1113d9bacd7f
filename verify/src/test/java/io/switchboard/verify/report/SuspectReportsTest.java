package io.switchboard.verify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.verify.VerifyTestApp;
import io.switchboard.verify.check.Verifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Reports counted per reported thing, so managers see which fakes are active. */
@SpringBootTest(classes = VerifyTestApp.class, properties = "spring.datasource.url=jdbc:h2:mem:reports;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class SuspectReportsTest {

    @Autowired
    SuspectReports reports;

    @Autowired
    Verifier verifier;

    @Autowired
    StaffAudit audit;

    @Test
    void oneNumberWrittenTwoWaysIsOneSuspectWithTwoReports() {
        Suspect first = reports.report(verifier.check("+86 400 999 0000"), "Called me about a frozen account",
                "verify-page", null);
        Suspect second = reports.report(verifier.check("4009990000"), "<script>alert(1)</script>", "telegram",
                "telegram:42");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.reports()).isEqualTo(2);
        assertThat(second.display()).isEqualTo("+86 400 999 0000");
        assertThat(reports.reportsOf(first.id(), 10)).extracting(SuspectReport::source)
                .containsExactly("telegram", "verify-page");
        assertThat(reports.reportsOf(first.id(), 10).get(0).evidence())
                .as("kept as text; pages escape it").isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void onlyWhatIsNotOfficialCanBeReported() {
        assertThatThrownBy(() -> reports.report(verifier.check("support@novaex.com"), null, "api", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("official channel");
        assertThatThrownBy(() -> reports.report(verifier.check("hello there"), null, "api", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to report");
    }

    @Test
    void theMostReportedComeFirstAndATakenDownFakeReportedAgainIsOpenAgain() {
        Suspect site = reports.report(verifier.check("novaex-verify.com"), "x".repeat(5000), "api", null);
        reports.report(verifier.check("https://novaex-verify.com/unlock"), null, "api", null);
        reports.report(verifier.check("https://novaex-verify.com"), null, "api", null);
        Suspect account = reports.report(verifier.check("@NovaEx_Helpdesk"), null, "telegram", "telegram:7");

        assertThat(reports.suspects(SuspectStatus.OPEN, 0, 10).getContent().get(0).id()).isEqualTo(site.id());
        assertThat(reports.reportsOf(site.id(), 10).get(2).evidence()).hasSize(SuspectReports.MAX_EVIDENCE_LENGTH);

        reports.setStatus(site.id(), SuspectStatus.TAKEN_DOWN, "mia");
        assertThat(reports.suspects(SuspectStatus.OPEN, 0, 10).getContent()).extracting(Suspect::id)
                .doesNotContain(site.id()).contains(account.id());
        assertThat(audit.search(AuditQuery.action("suspect.status"), 0, 5).getContent().get(0).getAfter())
                .contains("TAKEN_DOWN");

        Suspect back = reports.report(verifier.check("novaex-verify.com"), "it is back", "api", null);
        assertThat(back.status()).isEqualTo(SuspectStatus.OPEN);
        assertThat(back.reports()).isEqualTo(4);
        assertThatThrownBy(() -> reports.setStatus(999_999, SuspectStatus.DISMISSED, "mia"))
                .isInstanceOf(SuspectNotFoundException.class);
    }
}
