package io.switchboard.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.switchboard.admin.AdminProperties;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdminPasswordTest {

    @Test
    void generatesALongRandomPasswordWhenNoneIsConfigured() {
        AdminPassword first = AdminPassword.configuredOrGenerated(null);
        AdminPassword second = AdminPassword.configuredOrGenerated(null);

        assertThat(first.generated()).isTrue();
        assertThat(first.value()).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(second.value()).isNotEqualTo(first.value());
    }

    @Test
    void keepsAConfiguredPassword() {
        AdminPassword password = AdminPassword.configuredOrGenerated("correct-horse-battery-staple");

        assertThat(password.generated()).isFalse();
        assertThat(password.value()).isEqualTo("correct-horse-battery-staple");
    }

    @Test
    void refusesAShortPasswordWithoutRepeatingIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AdminPassword.configuredOrGenerated("hunter2"))
                .withMessage("SWITCHBOARD_ADMIN_PASSWORD (switchboard.admin.password) is too short:"
                        + " use at least 12 characters");
    }

    @Test
    void refusesABlankPasswordAndSaysHowToGetAGeneratedOne() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AdminPassword.configuredOrGenerated(""))
                .withMessageContaining("is set but blank")
                .withMessageContaining("unset it to have a random one generated at startup");
    }

    @Test
    void neitherTheValueNorThePropertiesPrintThePassword() {
        assertThat(AdminPassword.configuredOrGenerated("correct-horse-battery-staple"))
                .hasToString("AdminPassword[configured]");
        assertThat(new AdminProperties("admin", "correct-horse-battery-staple", ZoneId.of("UTC")))
                .hasToString("AdminProperties[username=admin, password=<set>, consoleZone=UTC]");
    }
}
