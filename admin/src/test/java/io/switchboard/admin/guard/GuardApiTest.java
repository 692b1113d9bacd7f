package io.switchboard.admin.guard;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.GuardUndo;
import io.switchboard.core.guard.GuardUndoException;
import io.switchboard.core.guard.Severity;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class GuardApiTest {

    private static final String RULES = """
            {"brandNames": ["NovaEx"], "staffNames": ["Mia Zhang"], "allowedDomains": ["novaex.com"],
             "allowedHandles": ["NovaEx_Support"],
             "extraPatterns": [{"key": "pig-butchering", "target": "MESSAGE", "regex": "guaranteed profit",
                                "severity": "MEDIUM", "explanation": "promises guaranteed profit"}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    GuardDecisionRepository decisions;

    @MockitoBean
    GuardUndo undo;

    GuardDecision deleted;
    GuardDecision flagged;

    @BeforeEach
    void twoDecisions() {
        decisions.deleteAllInBatch();
        deleted = decision("guard:telegram:1", GuardAction.DELETE, "link.lookalike", Instant.parse("2025-03-01T10:00:00Z"));
        deleted.recordRemoval("DELETED");
        deleted.recordOutcome(GuardOutcome.DONE, "message removed");
        deleted = decisions.save(deleted);
        flagged = decisions.save(decision("guard:telegram:2", GuardAction.FLAG, "message.private-support",
                Instant.parse("2025-03-01T10:05:00Z")));
    }

    static GuardDecision decision(String key, GuardAction action, String rule, Instant at) {
        return new GuardDecision(key, Channel.TELEGRAM, "-1001", "-1001", "-1001:77", "5200001", "Scammer", "scam_guy",
                GuardSubject.MESSAGE, "verify at novaex-verify.com", rule, Severity.HIGH,
                rule + " (high): the link imitates novaex", action, at);
    }

    @Test
    void aManagerReplacesTheRulesAndReadsThemBack() throws Exception {
        mvc.perform(put("/api/guard/rules").with(staff()).contentType(MediaType.APPLICATION_JSON).content(RULES))
                .andExpect(status().isOk());

        mvc.perform(get("/api/guard/rules").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staffNames").value(contains("Mia Zhang")))
                .andExpect(jsonPath("$.extraPatterns[0].key").value("pig-butchering"))
                .andExpect(jsonPath("$.extraPatterns[0].severity").value("MEDIUM"));
        mvc.perform(get("/api/audit").param("action", "guard.rules").with(staff()))
                .andExpect(jsonPath("$.content[0].actor").value(StaffApiTest.USERNAME))
                .andExpect(jsonPath("$.content[0].after").value(containsString("pig-butchering")));
    }

    @Test
    void rulesThatCannotBeUsedAreRefusedAndChangeNothing() throws Exception {
        mvc.perform(put("/api/guard/rules").with(staff()).contentType(MediaType.APPLICATION_JSON).content(RULES))
                .andExpect(status().isOk());

        mvc.perform(put("/api/guard/rules").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content(RULES.replace("guaranteed profit", "(unclosed")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("'pig-butchering'")));
        mvc.perform(put("/api/guard/rules").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content(RULES.replace("\"novaex.com\"", "\"https://novaex.com/login\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("allowedDomains")));
        mvc.perform(put("/api/guard/rules").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content(RULES.replace("[\"Mia Zhang\"]", "[\" \"]")))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/guard/rules").with(staff()))
                .andExpect(jsonPath("$.allowedDomains").value(contains("novaex.com")))
                .andExpect(jsonPath("$.extraPatterns[0].regex").value("guaranteed profit"));
    }

    @Test
    void decisionsAreListedNewestFirstWithTheRuleThatFired() throws Exception {
        mvc.perform(get("/api/guard/decisions").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].rule").value(contains("message.private-support", "link.lookalike")))
                .andExpect(jsonPath("$.content[1].action").value("delete"))
                .andExpect(jsonPath("$.content[1].outcome").value("done"))
                .andExpect(jsonPath("$.content[1].removal").value("deleted"))
                .andExpect(jsonPath("$.content[1].findings[0]").value(containsString("imitates novaex")));

        mvc.perform(get("/api/guard/decisions").param("outcome", "pending").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(flagged.getId().intValue())));
        mvc.perform(get("/api/guard/decisions/" + deleted.getId()).with(staff()))
                .andExpect(jsonPath("$.memberId").value("5200001"));
        mvc.perform(get("/api/guard/decisions/999999").with(staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void undoingSaysWhatWasLiftedAndRefusesASecondTime() throws Exception {
        flagged.markUndone(StaffApiTest.USERNAME, Instant.parse("2025-03-01T11:00:00Z"), "undone by admin");
        given(undo.undo(deleted.getId(), StaffApiTest.USERNAME)).willReturn(flagged);
        given(undo.undo(flagged.getId(), StaffApiTest.USERNAME))
                .willThrow(GuardUndoException.undoneAlready(flagged.getId(), "admin"));

        mvc.perform(post("/api/guard/decisions/" + deleted.getId() + "/undo").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("undone"))
                .andExpect(jsonPath("$.undoneBy").value(StaffApiTest.USERNAME));
        mvc.perform(post("/api/guard/decisions/" + flagged.getId() + "/undo").with(staff()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("undone already")));
    }

    @Test
    void agentsMayNeitherReadNorChangeTheGuard() throws Exception {
        mvc.perform(get("/api/guard/decisions").with(user("agent").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/guard/rules").with(user("agent").roles("AGENT")).contentType(MediaType.APPLICATION_JSON)
                        .content(RULES))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/guard/decisions").with(user("mod").roles("MODERATOR")))
                .andExpect(status().isOk());
    }
}
