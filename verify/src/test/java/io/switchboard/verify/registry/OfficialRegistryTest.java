package io.switchboard.verify.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.verify.VerifyTestApp;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Managers keep the list: every change checked, audited, and seen by the next lookup. */
@SpringBootTest(classes = VerifyTestApp.class, properties = "spring.datasource.url=jdbc:h2:mem:registry;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class OfficialRegistryTest {

    @Autowired
    OfficialRegistry registry;

    @Autowired
    StoredOfficialRegistry stored;

    @Autowired
    Verifier verifier;

    @Autowired
    StaffAudit audit;

    @Test
    void theSeedIsStoredOnceAndWhatManagersRemoveStaysRemoved() {
        assertThat(registry.entries()).filteredOn(entry -> StaffAudit.SYSTEM.equals(entry.updatedBy()))
                .hasSize(VerifyTestApp.SEED.size());
        OfficialEntry hongKong = registry.snapshot().phone("+85230012345").orElseThrow();

        registry.remove(hongKong.id(), "mia");
        stored.seedOnce(VerifyTestApp.SEED);

        assertThat(registry.snapshot().phone("+85230012345")).isEmpty();
        assertThat(verifier.check("+852 3001 2345").verdict()).isEqualTo(Verdict.NOT_OFFICIAL);
        registry.add(VerifyTestApp.SEED.get(5), "mia");
        assertThat(verifier.check("+852 3001 2345").verdict()).isEqualTo(Verdict.OFFICIAL);
    }

    @Test
    void aNewLineIsOfficialAtOnceAndTheChangeIsAudited() {
        OfficialEntry added = registry.add(new OfficialEntryDraft(OfficialKind.PHONE, "+44 20 7946 0958",
                "Support hotline (UK)", null, "United Kingdom", "Mon-Fri 09:00-17:00 GMT", List.of("EN", " en"),
                "account security"), "mia");

        assertThat(added.value()).isEqualTo("+442079460958");
        assertThat(added.display()).isEqualTo("+44 20 7946 0958");
        assertThat(added.languages()).containsExactly("en");
        assertThat(verifier.check("020 7946 0958").verdict()).as("read in a registered line's region")
                .isEqualTo(Verdict.OFFICIAL);
        StaffAuditEntry entry = audit.search(AuditQuery.action("official-channel.add"), 0, 5).getContent().get(0);
        assertThat(entry.getActor()).isEqualTo("mia");
        assertThat(entry.getAfter()).contains("\"value\":\"+44 20 7946 0958\"", "\"region\":\"United Kingdom\"");

        OfficialEntry renamed = registry.update(added.id(), new OfficialEntryDraft(OfficialKind.PHONE,
                "+44 20 7946 0958", "UK hotline", null, "United Kingdom", "24/7", List.of("en"), null), "kevin");
        assertThat(renamed.hours()).isEqualTo("24/7");
        StaffAuditEntry update = audit.search(AuditQuery.action("official-channel.update"), 0, 5).getContent().get(0);
        assertThat(update.getBefore()).contains("Mon-Fri 09:00-17:00 GMT");
        assertThat(update.getAfter()).contains("24/7");
    }

    @Test
    void whatIsNotAChannelOfItsKindIsRefusedWithTheField() {
        assertRefused(new OfficialEntryDraft(OfficialKind.PHONE, "4001234567", "No country", null, null, null, null,
                null), "value", "country code");
        assertRefused(new OfficialEntryDraft(OfficialKind.PHONE, "+86 4001234567", "Same line", null, null, null,
                null, null), "value", "listed already");
        assertRefused(new OfficialEntryDraft(OfficialKind.WEBSITE, "com.hk", "A suffix", null, null, null, null,
                null), "value", "public suffix");
        assertRefused(new OfficialEntryDraft(OfficialKind.WEBSITE, "novaex.io", "Staff site", "Mia Zhang", null, null,
                null, null), "staffName", "exchange's");
        assertRefused(new OfficialEntryDraft(OfficialKind.TELEGRAM, "no spaces allowed", "Bad", null, null, null,
                null, null), "value", "username");
        assertRefused(new OfficialEntryDraft(OfficialKind.X, "NovaExNews", " ", null, null, null, null, null),
                "label", "required");
        assertRefused(new OfficialEntryDraft(null, "novaex.io", "No kind", null, null, null, null, null), "kind",
                "kind");
        assertThatThrownBy(() -> registry.remove(999_999, "mia")).isInstanceOf(OfficialEntryNotFoundException.class);
    }

    @Test
    void accountsAreStoredAsHandlesWhateverLinkTheManagerPasted() {
        OfficialEntry added = registry.add(new OfficialEntryDraft(OfficialKind.X, "https://x.com/NovaExNews",
                "News", null, null, null, null, null), "mia");

        assertThat(added.value()).isEqualTo("novaexnews");
        assertThat(verifier.check("@novaexnews").verdict()).isEqualTo(Verdict.OFFICIAL);
    }

    private void assertRefused(OfficialEntryDraft draft, String field, String message) {
        assertThatThrownBy(() -> registry.add(draft, "mia")).isInstanceOfSatisfying(
                InvalidOfficialEntryException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
