package io.switchboard.helpcenter.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.helpcenter.HelpCenterProperties;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Absolute addresses for links followed from outside, and the summary that goes with them. */
class PublicAddressTest {

    @Test
    void theConfiguredPublicAddressWinsOverTheRequests() {
        PublicAddress address = new PublicAddress(new HelpCenterProperties(URI.create("https://help.novaex.example/")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/help/articles/kyc-verify");
        request.setServerName("10.0.0.7");

        PageMeta meta = address.meta(request, "/help/articles/kyc-verify", "en", List.of("en", "zh"), "KYC", "About KYC",
                "article");

        assertThat(meta.canonical()).isEqualTo("https://help.novaex.example/help/articles/kyc-verify?lang=en");
        assertThat(meta.alternates()).extracting(PageMeta.Alternate::href).containsExactly(
                "https://help.novaex.example/help/articles/kyc-verify?lang=zh",
                "https://help.novaex.example/help/articles/kyc-verify?lang=en",
                "https://help.novaex.example/help/articles/kyc-verify");
        assertThat(meta.locale()).isEqualTo("en_US");
    }

    @Test
    void withoutOneTheRequestsAddressIsUsed() {
        PublicAddress address = new PublicAddress(new HelpCenterProperties(null));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/help");
        request.setScheme("https");
        request.setServerName("help.example.org");
        request.setServerPort(443);
        request.setQueryString("lang=zh");

        assertThat(address.base(request)).isEqualTo("https://help.example.org");
    }

    @Test
    void aRelativePublicAddressStopsStartUp() {
        assertThatThrownBy(() -> new HelpCenterProperties(URI.create("help.example.org")))
                .hasMessageContaining("switchboard.helpcenter.public-url must be an absolute");
    }

    @Test
    void theSummaryIsTheTextCutAtAWordNearTheLimit() {
        String words = "Deposits arrive after the network confirms them. ".repeat(8);
        String summary = PlainText.summary("<p>" + words + "</p>");

        assertThat(summary).hasSizeLessThanOrEqualTo(PlainText.SUMMARY).endsWith("…").doesNotContain("<p>");
        assertThat(summary.substring(0, summary.length() - 1)).isEqualTo(words.substring(0, summary.length() - 1).strip());
        assertThat(PlainText.summary("<p>短<strong>文</strong></p>")).isEqualTo("短文");
        assertThat(PlainText.summary("<p>" + "充值".repeat(100) + "</p>")).hasSize(PlainText.SUMMARY).endsWith("…");
    }
}
