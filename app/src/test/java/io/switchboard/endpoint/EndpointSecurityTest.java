package io.switchboard.endpoint;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.web.security.JsonSecurityErrors;
import io.switchboard.web.security.SiteSecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chains of the machine endpoints alone, with the site's last chain, which denies what no other
 * took, but without the application behind them: nothing answers these addresses here, so a 404 shows
 * that security let the request through, where a refusal would be a 401 or a 403.
 */
@WebMvcTest
class EndpointSecurityTest {

    /** Only the chains under test, the site's last one and the API's error answers, not the whole application. */
    @Configuration(proxyBeanMethods = false)
    @Import({EndpointSecurityConfiguration.class, SiteSecurityConfiguration.class, JsonSecurityErrors.class})
    static class Chains {
    }

    private static final String UNAUTHORIZED = """
            {"error": "unauthorized",
             "message": "sign in with HTTP Basic as a staff user (user name and password)"}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void otherAddressesAreDenied() throws Exception {
        mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    void webhooksNeedNeitherCredentialsNorCsrfToken() throws Exception {
        mvc.perform(post("/webhooks/anything").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/info"})
    void healthProbesNeedNoCredentials(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MODERATOR", "AGENT"})
    void metricsAreForAdminsOnly(String role) throws Exception {
        mvc.perform(get("/actuator/metrics/switchboard.outbox.replies"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"switchboard\""))
                .andExpect(content().json(UNAUTHORIZED, JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/metrics").with(user("staff").roles(role))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
