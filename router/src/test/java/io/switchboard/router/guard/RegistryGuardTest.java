package io.switchboard.router.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.RouterTestApplication;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.Severity;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import java.util.List;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The guard's impersonation checks with the registry of official channels added to its own rules: the verify
 * module's registry, seeded with the demo exchange's channels (the tests' application.properties).
 */
@CamelSpringBootTest
@SpringBootTest(classes = RouterTestApplication.class)
class RegistryGuardTest {

    /** The guard's own rules know the brand only: domains, accounts, staff and phone lines come from the registry. */
    private static final GuardRules RULES = new GuardRules(List.of("NovaEx"), List.of(), List.of(), List.of(),
            List.of());
    @Autowired
    OfficialRegistry registry;
    private ScamDetector detector;

    @BeforeEach
    void detectorOnTheRegistry() {
        detector = new ScamDetector(RULES, RegisteredChannels.of(registry.snapshot()));
    }

    private List<String> messageRules(String text) {
        return detector.checkMessage(text).stream().map(Finding::rule).toList();
    }

    @Test
    void registeredDomainsAreAllowedAndTheirLookalikesFlagged() {
        assertThat(messageRules("Log in at https://www.novaex.com/login to see it")).isEmpty();
        assertThat(messageRules("Mails come from support@novaex.com only")).isEmpty();
        assertThat(messageRules("Verify at https://novaex-login.com now")).containsExactly("link.lookalike");
    }

    @Test
    void withoutTheRegistryTheGuardsOwnRulesStillWork() {
        ScamDetector alone = new ScamDetector(RULES);

        assertThat(alone.checkName("NovaEx Support", null)).extracting(Finding::rule).containsExactly("name.brand");
        assertThat(alone.checkMessage("call our support at +86 400 999 0000")).as("no registered lines, no check")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mia_novaex", "@Kevinlau_NX", "NovaExSupportBot", "novaex"})
    void registeredAccountsAreNeverFlagged(String handle) {
        assertThat(detector.isOfficialHandle(handle)).isTrue();
        assertThat(detector.checkName("NovaEx Support", handle)).isEmpty();
        assertThat(messageRules("Ask " + (handle.startsWith("@") ? handle : "@" + handle) + " in the group")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mia_n0vaex", "mia_novaexx", "kevinlau_nx_help", "keviniau_nx"})
    void aHandleLikeAStaffAccountThatIsNotItIsFlaggedHigh(String handle) {
        List<Finding> findings = detector.checkName(null, handle);

        assertThat(findings).extracting(Finding::rule).containsExactly("name.staff");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(findings.get(0).explanation()).containsAnyOf("Mia Zhang", "Kevin Lau");
    }

    @Test
    void registeredStaffNamesAreProtectedNames() {
        assertThat(detector.checkName("Kevin Lau | Support", "kl_helps")).extracting(Finding::rule)
                .containsExactly("name.staff");
        assertThat(detector.checkName("Mia Zhang", "someone_else")).singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.MEDIUM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Problem with your account? Call our support at +86 400 999 0000",
        "客服电话：400-999-0000，24小时在线", "NovaEx hotline (852) 3999 8888. Call now", "Contact us on +1 415 555 0100"})
    void aPhoneNumberPresentedAsSupportThatIsNotRegisteredIsFlaggedHigh(String text) {
        List<Finding> findings = detector.checkMessage(text);

        assertThat(findings).extracting(Finding::rule).containsExactly("message.fake-phone");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(findings.get(0).explanation()).contains("not one of the registered phone lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call our support at +86 400-123-4567", "客服热线 4001234567", "hotline +852 3001 2345",
        "Is +86 400 999 0000 your real support number?", "My order 1234567890 is stuck",
        "I called +86 400 999 0000 yesterday and nobody answered"})
    void registeredLinesQuestionsAndOtherNumbersAreLeftAlone(String text) {
        assertThat(messageRules(text)).isEmpty();
    }

    @Test
    void aLineAddedToTheRegistryIsNoLongerFlagged() {
        String text = "Call our support at +86 400 999 0000";
        OfficialEntry line = registry.add(new OfficialEntryDraft(OfficialKind.PHONE, "+86 400 999 0000",
                "New hotline", null, "Mainland China", "24/7", List.of("zh"), "everything"), "test");
        try {
            assertThat(new ScamDetector(RULES, RegisteredChannels.of(registry.snapshot())).checkMessage(text))
                    .isEmpty();
            assertThat(detector.checkMessage(text)).as("the detector built before the change").isNotEmpty();
        } finally {
            // the context is shared: other tests see the seeded registry
            registry.remove(line.id(), "test");
        }
    }
}
