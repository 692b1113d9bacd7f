package io.switchboard.helpcenter.search;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/help/suggest}: titles for what is being typed, in the reader's language; bad input a 400. */
@SpringBootTest
@AutoConfigureMockMvc
class SuggestApiTest extends OnTheDefaultArticles {

    @Autowired
    MockMvc mvc;

    @Test
    void offersUpToSixTitlesWithTheirAddresses() throws Exception {
        mvc.perform(get("/api/help/suggest").param("q", "withdr").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", hasSize(lessThanOrEqualTo(HelpSearch.SUGGESTIONS))))
                .andExpect(jsonPath("$.suggestions[*].url", hasItem("/help/articles/withdrawal-fee")))
                .andExpect(jsonPath("$.suggestions[*].title", hasItem("What are the withdrawal fees and minimum withdrawal amounts?")))
                .andExpect(jsonPath("$.suggestions[*].url", everyItem(startsWith("/help/"))));
    }

    @Test
    void aChineseReaderGetsTheChineseTitles() throws Exception {
        mvc.perform(get("/api/help/suggest").param("q", "提幣").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[0].title").value(startsWith("提币")))
                .andExpect(jsonPath("$.suggestions[*].kind", everyItem(org.hamcrest.Matchers.is("article"))));
    }

    @Test
    void nothingTypedIsNothingSuggested() throws Exception {
        mvc.perform(get("/api/help/suggest").param("q", "  "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", hasSize(0)));
        mvc.perform(get("/api/help/suggest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", hasSize(0)));
    }

    @Test
    void aQueryOver200CharactersIsRefusedInTheSitesErrorFormat() throws Exception {
        mvc.perform(get("/api/help/suggest").param("q", "w".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value("q size must be between 0 and 200"));
    }
}
