package io.switchboard.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.api.PageResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagerTest {

    @Test
    void theLinksKeepTheQueryAsSentAndChangeOnlyThePage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/switchboard/console/inbox");
        request.setContextPath("/switchboard");
        request.addParameter("q", "BTC+ETH fees");
        request.addParameter("page", "1");
        request.addParameter("status", "OPEN", "ESCALATED");

        Pager pager = Pager.of(new PageResponse<>(List.of(), 1, 20, 60, 3), request);

        // relative to the application: the page's @{...} puts the context path in front
        assertThat(pager.previous()).isEqualTo("/console/inbox?q=BTC%2BETH+fees&status=OPEN&status=ESCALATED&page=0");
        assertThat(pager.next()).isEqualTo("/console/inbox?q=BTC%2BETH+fees&status=OPEN&status=ESCALATED&page=2");
        assertThat(pager.hasPrevious()).isTrue();
        assertThat(pager.hasNext()).isTrue();
    }

    @Test
    void aListWithoutFiltersGetsAQueryOfItsOwnAndOnePageShowsNoPager() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console/guard");

        assertThat(Pager.of(new PageResponse<>(List.of(), 0, 50, 120, 3), request).next())
                .isEqualTo("/console/guard?page=1");
        Pager single = Pager.of(new PageResponse<>(List.of(), 0, 50, 3, 1), request);
        assertThat(single.shown()).isFalse();
        assertThat(single.hasPrevious()).isFalse();
        assertThat(single.hasNext()).isFalse();
    }
}
