package io.switchboard.connector.webchat.widget;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Sites embed the widget under a fixed address: browsers keep it a few minutes, then revalidate by ETag. */
class WidgetAssetsTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new WidgetAssets()).build();

    @Test
    void theScriptIsCachedForFiveMinutesWithAnEtag() throws Exception {
        mvc.perform(get("/chat/widget.js"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(header().exists("ETag"))
                .andExpect(content().string(containsString("/api/chat/session")));
    }

    @Test
    void aBrowserHoldingTheCurrentStylesheetGetsAnEmpty304() throws Exception {
        String etag = mvc.perform(get("/chat/widget.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/chat/widget.css").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        mvc.perform(get("/chat/widget.css").header("If-None-Match", "\"an-older-release\""))
                .andExpect(status().isOk());
    }

    @Test
    void theDemoPageEmbedsTheSnippet() throws Exception {
        for (String path : new String[] {"/chat/demo", "/chat/demo.html"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(containsString("'/chat/widget.js'")));
        }
    }
}
