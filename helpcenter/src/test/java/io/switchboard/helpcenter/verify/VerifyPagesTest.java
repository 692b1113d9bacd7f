package io.switchboard.helpcenter.verify;

import static io.switchboard.helpcenter.verify.VerifyApiTest.from;
import static io.switchboard.helpcenter.verify.VerifyApiTest.suspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Accounts;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReport;
import io.switchboard.verify.report.SuspectReports;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /verify} and {@code /contact} as rendered: the verdicts with their colour class and words, the report
 * button's post and redirect (with its CSRF token), bad input a 400 with what to type, 429 past the limit, and the
 * contact page's phone lines under the anti-phishing warning, on the real verifier and the registry seeded from the
 * test application.yml. Each test reports things no other test reports, so that the stored counts are its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerifyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SuspectReports reports;

    @Autowired
    Accounts accounts;

    @Test
    void theHelpCenterLinksToTheVerificationAndContactPages() throws Exception {
        mvc.perform(get("/help").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/verify\"")))
                .andExpect(content().string(containsString("href=\"/contact\"")));
        mvc.perform(get("/verify").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>官方渠道验证</h1>")))
                .andExpect(content().string(not(containsString("class=\"verdict"))));
    }

    @Test
    void anOfficialLineShowsItsRegionHoursLanguagesAndPurposeInGreen() throws Exception {
        mvc.perform(get("/verify").param("q", "+852 3001 2345").param("lang", "en").with(from("10.20.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"verdict official\"")))
                .andExpect(content().string(containsString("Official: Support hotline (Hong Kong)")))
                .andExpect(content().string(containsString("Mon-Fri 09:00-21:00 HKT")))
                .andExpect(content().string(containsString("Chinese, ")))
                .andExpect(content().string(not(containsString("report-form"))));
    }

    @Test
    void aFakeIsReportedByThePostAndTheRedirectThanksTheReporter() throws Exception {
        String fake = "novaex.com.wallet-check.io";
        mvc.perform(get("/verify").param("q", fake).param("lang", "en").with(from("10.20.0.2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"verdict not-official\"")))
                .andExpect(content().string(
                        containsString("It puts our name (novaex.com) inside someone else&#39;s address.")))
                .andExpect(content().string(containsString("action=\"/verify/report\"")));

        mvc.perform(post("/verify/report").param("q", fake).param("evidence", "A link in a Telegram group")
                        .with(from("10.20.0.2")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/verify/report").param("q", fake).param("evidence", "A link in a Telegram group")
                        .with(csrf()).with(from("10.20.0.2")))
                .andExpect(redirectedUrl("/verify?q=novaex.com.wallet-check.io&reported=1"));

        Suspect suspect = suspect(reports, fake).orElseThrow();
        SuspectReport report = reports.reportsOf(suspect.id(), 1).get(0);
        assertThat(report.source()).isEqualTo("verify-page");
        assertThat(report.evidence()).isEqualTo("A link in a Telegram group");
        assertThat(report.reporter()).isNull();

        mvc.perform(get("/verify?q=novaex.com.wallet-check.io&reported=1&lang=zh").with(from("10.20.0.2")))
                .andExpect(content().string(containsString("感谢举报，已收到。该对象已被举报 1 次")))
                .andExpect(content().string(not(containsString("report-form"))));
    }

    @Test
    void aSignedInMembersReportNamesThem() throws Exception {
        String name = "v" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, "Member " + name, "{noop}secret-password");
        mvc.perform(post("/verify/report").param("q", "+86 400 999 0002").with(csrf()).with(user(name))
                        .with(from("10.20.0.6")))
                .andExpect(redirectedUrl("/verify?q=%2B86%20400%20999%200002&reported=1"));
        Suspect suspect = suspect(reports, "+864009990002").orElseThrow();
        SuspectReport report = reports.reportsOf(suspect.id(), 1).get(0);
        assertThat(report.reporter()).isEqualTo(name);
        assertThat(report.evidence()).isNull();
    }

    @Test
    void anOfficialChannelPostedToTheReportButtonIsNotReported() throws Exception {
        mvc.perform(post("/verify/report").param("q", "support@novaex.com").with(csrf()).with(from("10.20.0.3")))
                .andExpect(redirectedUrl("/verify?q=support%40novaex.com"));
        assertThat(suspect(reports, "support@novaex.com")).isEmpty();
    }

    @Test
    void binaryOrUnrecognisableInputIsA400SayingWhatToType() throws Exception {
        mvc.perform(get("/verify").param("q", "\u0000\u0007").param("lang", "en").with(from("10.20.0.4")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("class=\"verdict not-understood\"")))
                .andExpect(content().string(containsString("That is not text.")));
        mvc.perform(get("/verify").param("q", "").param("lang", "zh").with(from("10.20.0.4")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有输入内容。")));
    }

    @Test
    void checksPastTheLimitAre429WithRetryAfterAndAMessage() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/verify").param("q", "novaex.com").with(from("10.20.0.5"))).andExpect(status().isOk());
        }
        mvc.perform(get("/verify").param("q", "novaex.com").param("lang", "en").with(from("10.20.0.5")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(content().string(containsString("Too many checks from your network")));
    }

    @Test
    void theContactPageListsThePhoneLinesUnderTheWarningAndTheOtherChannelsByKind() throws Exception {
        String page = mvc.perform(get("/contact").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("We never ask for your password, codes or keys.", "href=\"/verify\"",
                "href=\"tel:+864001234567\"", "Mainland China", "24/7",
                "account security emergencies, frozen accounts, failed transactions", "Mon-Fri 09:00-21:00 HKT",
                "data-kind=\"WEBSITE\"", "data-kind=\"TELEGRAM\"", "<strong>@mia_novaex</strong>", "(Mia Zhang)");
        assertThat(page.indexOf("We never ask")).isLessThan(page.indexOf("+86 400 123 4567"));
        mvc.perform(get("/contact").param("lang", "zh"))
                .andExpect(content().string(containsString("我们绝不会向您索要密码、验证码或私钥。")))
                .andExpect(content().string(containsString("电话客服")));
    }
}
