package io.switchboard.helpcenter.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReport;
import io.switchboard.verify.report.SuspectReports;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/verify} and {@code POST /api/verify/reports}: each verdict in the asker's language, bad input
 * a 400 with a message, reports counted per reported thing, and 429 with {@code Retry-After} past the limits
 * (30 checks a minute, 5 reports in 10 minutes per address by default), on the real verifier and the registry
 * seeded from the test application.yml. Each test asks from its own client address, so that no test spends
 * another's permits, and reports things no other test reports, so that the stored counts are its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerifyApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    SuspectReports reports;

    private final RequestPostProcessor client = from("10.19.0." + ADDRESSES.incrementAndGet());

    @Test
    void anOfficialNumberInAnotherFormatIsOfficialWithItsRegionHoursAndLanguages() throws Exception {
        mvc.perform(get("/api/verify").param("q", "(400) 123 4567").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("(400) 123 4567"))
                .andExpect(jsonPath("$.kind").value("PHONE"))
                .andExpect(jsonPath("$.normalized").value("+864001234567"))
                .andExpect(jsonPath("$.verdict").value("OFFICIAL"))
                .andExpect(jsonPath("$.official.display").value("+86 400 123 4567"))
                .andExpect(jsonPath("$.official.region").value("Mainland China"))
                .andExpect(jsonPath("$.official.hours").value("24/7"))
                .andExpect(jsonPath("$.official.languages[0]").value("zh"))
                .andExpect(jsonPath("$.official.purpose").value(containsString("frozen accounts")))
                .andExpect(jsonPath("$.official.staffName").value(nullValue()))
                .andExpect(jsonPath("$.official.updatedBy").doesNotExist())
                .andExpect(jsonPath("$.reasons[0].code").value("REGISTERED"))
                .andExpect(jsonPath("$.headline").value("Official: Support hotline (Mainland China)"));
    }

    @Test
    void aLookAlikeIsNotOfficialWithWhyAndTheAdviceInChinese() throws Exception {
        mvc.perform(get("/api/verify").param("q", "https://n0vaex.com/login").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("WEBSITE"))
                .andExpect(jsonPath("$.verdict").value("NOT_OFFICIAL"))
                .andExpect(jsonPath("$.official").value(nullValue()))
                .andExpect(jsonPath("$.reasons[0].code").value("LOOKALIKE"))
                .andExpect(jsonPath("$.reasons[0].subject").value("novaex.com"))
                .andExpect(jsonPath("$.headline").value("不是官方渠道"))
                .andExpect(jsonPath("$.details[0]").value("它看起来像我们的 novaex.com，但并不是。"))
                .andExpect(jsonPath("$.advice").value(containsString("请举报")));
    }

    @Test
    void langChoosesTheLanguageOverAcceptLanguage() throws Exception {
        mvc.perform(get("/api/verify").param("q", "@mia_novaex_official").param("lang", "en")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh").with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("NOT_OFFICIAL"))
                .andExpect(jsonPath("$.reasons[0].code").value("NOT_A_STAFF_ACCOUNT"))
                .andExpect(jsonPath("$.details[0]")
                        .value("It is named like our staff member Mia Zhang, but it is not one of their accounts."))
                .andExpect(jsonPath("$.advice").value(containsString("Do not send money, verification codes or keys")));
    }

    @Test
    void emptyBinaryOverLongAndUnrecognisableQueriesAreA400SayingWhatToType() throws Exception {
        expectNotUnderstood("", "EMPTY");
        expectNotUnderstood("\u0000\u0001PK\u0003\u0004", "NOT_TEXT");
        expectNotUnderstood("x".repeat(Verifier.MAX_QUERY_LENGTH + 1), "TOO_LONG");
        expectNotUnderstood("is this real?", "NO_KIND");
        mvc.perform(get("/api/verify").with(client))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasons[0].code").value("EMPTY"));
    }

    @Test
    void checksPastTheLimitAre429WithRetryAfter() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/verify").param("q", "novaex.com").with(client)).andExpect(status().isOk());
        }
        String retryAfter = mvc.perform(get("/api/verify").param("q", "novaex.com").with(client))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("too_many_requests"))
                .andExpect(jsonPath("$.message").value(containsString("try again in")))
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        mvc.perform(get("/api/verify").param("q", "novaex.com").with(from("10.19.1.1")))
                .andExpect(status().isOk());
    }

    @Test
    void reportsOfOneThingAreCountedWithTheirEvidence() throws Exception {
        report("{\"q\": \"+86 400 999 0001\", \"evidence\": \"Called me about a frozen account\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PHONE"))
                .andExpect(jsonPath("$.value").value("+864009990001"))
                .andExpect(jsonPath("$.reports").value(1))
                .andExpect(jsonPath("$.status").value("OPEN"));
        long id = ((Number) JsonPath.read(report("{\"q\": \"4009990001\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reports").value(2))
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();

        List<SuspectReport> sent = reports.reportsOf(id, 10);
        assertThat(sent).extracting(SuspectReport::source).containsOnly(VerifyApi.SOURCE);
        assertThat(sent).extracting(SuspectReport::evidence).containsExactly(null, "Called me about a frozen account");
        assertThat(sent).extracting(SuspectReport::reporter).containsOnlyNulls();
    }

    @Test
    void anOfficialChannelOrAQueryNotUnderstoodIsNotReported() throws Exception {
        report("{\"q\": \"support@novaex.com\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(containsString("is an official channel")));
        report("{\"q\": \"hello world\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("no web address")));
        report("{\"evidence\": \"no query\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("q is required: what to report"));
        assertThat(suspect(reports, "support@novaex.com")).isEmpty();
    }

    @Test
    void brokenOversizedOrEmptyBodiesAreA400WithAMessage() throws Exception {
        report("{\"q\": \"n0vaex.com\",").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        report("{\"q\": \"n0vaex.com\", \"evidence\": \"" + "x".repeat(20_000) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("larger than 16384 bytes")));
        report("{\"q\": \"n0vaex.com\", \"evidence\": \"" + "x".repeat(SuspectReports.MAX_EVIDENCE_LENGTH + 1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("evidence is longer than 2000 characters"));
        report("").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("the body must be JSON")));
        report("null").andExpect(status().isBadRequest());
    }

    @Test
    void reportsPastTheLimitAre429WithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            report("{\"q\": \"novaex-airdrop" + i + ".com.claim.io\"}").andExpect(status().isCreated());
        }
        String retryAfter = report("{\"q\": \"novaex-airdrop.com.claim.io\"}")
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 600L);
        assertThat(suspect(reports, "novaex-airdrop0.com.claim.io").orElseThrow().reports()).isEqualTo(1);
        assertThat(suspect(reports, "novaex-airdrop.com.claim.io")).isEmpty();
    }

    private ResultActions report(String body) throws Exception {
        return mvc.perform(post("/api/verify/reports").contentType(MediaType.APPLICATION_JSON).content(body).with(client));
    }

    private void expectNotUnderstood(String q, String code) throws Exception {
        mvc.perform(get("/api/verify").param("q", q).param("lang", "en").with(client))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.verdict").value("NOT_UNDERSTOOD"))
                .andExpect(jsonPath("$.kind").value("NONE"))
                .andExpect(jsonPath("$.reasons[0].code").value(code))
                .andExpect(jsonPath("$.headline").value("Nothing to check"))
                .andExpect(jsonPath("$.advice").value(containsString("Paste one web address")));
    }

    /** The stored suspect reported as {@code value} (as the verifier normalised it), of any status. */
    static Optional<Suspect> suspect(SuspectReports reports, String value) {
        return reports.suspects(null, 0, 100).stream().filter(suspect -> suspect.value().equals(value)).findFirst();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
