package io.switchboard.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class LanguageLinksTest {

    private final LanguageLinks links = new LanguageLinks();

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void switchingLanguageKeepsTheSearchAndTheFilterAndReplacesOnlyTheLanguage() {
        reading("q=%E5%85%85%E5%80%BC+fee&category=trading&lang=en");

        assertThat(links.to("zh")).isEqualTo("?q=%E5%85%85%E5%80%BC+fee&category=trading&lang=zh");
    }

    @Test
    void aPageWithoutAQueryGetsTheLanguageAlone() {
        reading(null);

        assertThat(links.to("en")).isEqualTo("?lang=en");
    }

    private static void reading(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/help/search");
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
