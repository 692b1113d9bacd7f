package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flow.PageCheck.Page;
import io.switchboard.flow.PageCheck.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page walk's check of machine English on Chinese pages: the known leaks, and nothing a person wrote. */
class PageCheckTest {

    private final PageCheck check = new PageCheck();

    @Test
    void historyActorsReasonsAndGuardTextsLeftInEnglishAreFoundOnAChinesePage() {
        assertThat(problems("工单 T-12 | 记录 | system | 创建 | reason: human-requested; suggestions: deposit-missing (0.91)"
                + " | 守卫 | message removed; member muted for PT10M", "zh"))
                .singleElement().satisfies(problem -> assertThat(problem.where()).contains("\"system\"",
                        "\"reason: human-requested;", "\"message removed; member muted for PT10M\""));
    }

    @Test
    void namesLinksAndWhatMembersWroteInEnglishAreNoLeak() {
        assertThat(problems("会话 | Telegram | X | Facebook | NovaEx Support | alice-w | support@novaex.com"
                + " | https://novaex.com/help | T-12 | my deposit never arrived and nobody answers, the bot is wrong"
                + " | 2026-12-01 10:00 UTC", "zh")).isEmpty();
    }

    @Test
    void anEnglishPageMaySayThem() {
        assertThat(problems("Ticket T-12 | History | system | reason: human-requested", "en")).isEmpty();
    }

    private List<Problem> problems(String text, String language) {
        return check.problems(new Page(200, language, text, List.of()), language, false);
    }
}
