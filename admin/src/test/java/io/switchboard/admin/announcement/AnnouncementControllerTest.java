package io.switchboard.admin.announcement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffOnlyApiSlice;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementDeliveries;
import io.switchboard.core.announcement.AnnouncementNotFoundException;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.announcement.DeliveryNotFoundException;
import io.switchboard.core.announcement.DeliveryNotRetryableException;
import io.switchboard.core.announcement.DeliveryState;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.channel.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = AnnouncementController.class)
@Import(StaffOnlyApiSlice.StaffOnly.class)
class AnnouncementControllerTest {

    private static final Instant NOW = StaffOnlyApiSlice.NOW;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Announcements announcements;

    @MockitoBean
    AnnouncementDeliveries deliveries;

    /** The console's sign-in notice (an MVC interceptor, so part of this slice) reads the audit log. */
    @MockitoBean
    StaffAudit audit;

    private static AnnouncementContent announcement(Long id, String title, Instant published, Instant expires) {
        return new AnnouncementContent(id, AnnouncementCategory.MAINTENANCE,
                Map.of("en", new AnnouncementText(title, "Deposits and withdrawals are suspended.")),
                Set.of(Channel.TELEGRAM), published, expires);
    }

    @Test
    @WithMockUser("ops")
    void publishesAnAnnouncement() throws Exception {
        AnnouncementContent sent = announcement(null, "XRP wallet maintenance", NOW, NOW.plus(Duration.ofHours(4)));
        when(announcements.publish(sent, "ops")).thenReturn(sent.withId(7L));

        mvc.perform(post("/api/announcements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"category": "MAINTENANCE", "texts": {"en": {"title": "XRP wallet maintenance",
                          "body": "Deposits and withdrawals are suspended."}}, "channels": ["TELEGRAM"],
                         "publishedAt": "2026-04-01T08:00:00Z", "expiresAt": "2026-04-01T12:00:00Z"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/announcements/7"))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.texts.en.title").value("XRP wallet maintenance"));
    }

    /** docs/announcements.md: "when it is published (empty: now; a later time schedules it)". */
    @Test
    @WithMockUser("ops")
    void anAnnouncementWithoutPublicationTimeIsPublishedNow() throws Exception {
        AnnouncementContent now = announcement(null, "XRP wallet maintenance", NOW, NOW.plus(Duration.ofHours(4)));
        when(announcements.publish(now, "ops")).thenReturn(now.withId(8L));

        mvc.perform(post("/api/announcements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"category": "MAINTENANCE", "texts": {"en": {"title": "XRP wallet maintenance",
                          "body": "Deposits and withdrawals are suspended."}}, "channels": ["TELEGRAM"],
                         "expiresAt": "2026-04-01T12:00:00Z"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(8))
                .andExpect(jsonPath("$.publishedAt").value("2026-04-01T08:00:00Z"));
    }

    @Test
    @WithMockUser("ops")
    void withoutPublicationTimeAnExpiryInThePastIsRefused() throws Exception {
        mvc.perform(post("/api/announcements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"category": "MAINTENANCE", "texts": {"en": {"title": "XRP wallet maintenance",
                          "body": "Deposits and withdrawals are suspended."}}, "expiresAt": "2026-04-01T07:00:00Z"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.expiresAt").value("must be after publishedAt (now, as it was left out)"));
        verifyNoInteractions(announcements);
    }

    @Test
    @WithMockUser("ops")
    void anAnnouncementThatEndsBeforeItStartsOrHasNoTextIsRefused() throws Exception {
        mvc.perform(post("/api/announcements").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"category": "MAINTENANCE", "texts": {}, "publishedAt": "2026-04-01T08:00:00Z",
                         "expiresAt": "2026-04-01T07:00:00Z"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.texts").value("must not be empty"))
                .andExpect(jsonPath("$.errors.expiryAfterPublication").value("expiresAt must be after publishedAt"));
        verifyNoInteractions(announcements);
    }

    @Test
    @WithMockUser("ops")
    void listsNewestFirstOrOnlyTheActiveOnes() throws Exception {
        AnnouncementContent current = announcement(3L, "Current", NOW.minusSeconds(60), NOW.plusSeconds(3600));
        AnnouncementContent expired = announcement(2L, "Expired", NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        AnnouncementContent permanent = announcement(1L, "Permanent", NOW.minusSeconds(86_400), null);
        when(announcements.all()).thenReturn(List.of(current, expired, permanent));

        mvc.perform(get("/api/announcements"))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(3, 2, 1)));
        mvc.perform(get("/api/announcements").param("active", "true"))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(3, 1)));
    }

    @Test
    @WithMockUser("ops")
    void withdrawsByIdAndAnUnknownIdIsNotFound() throws Exception {
        doThrow(new AnnouncementNotFoundException(99)).when(announcements).withdraw(99, "ops");

        mvc.perform(delete("/api/announcements/3").with(csrf())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/announcements/99").with(csrf())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no announcement with id 99"));
    }

    @Test
    @WithMockUser("ops")
    void anEditReplacesTheContentAndABodyForAnotherIdIsRefused() throws Exception {
        AnnouncementContent edited = announcement(null, "XRP wallet maintenance extended", NOW, null);
        when(announcements.update(7, edited, "ops")).thenReturn(edited.withId(7L));
        String body = """
                {"category": "MAINTENANCE", "texts": {"en": {"title": "XRP wallet maintenance extended",
                  "body": "Deposits and withdrawals are suspended."}}, "channels": ["TELEGRAM"],
                 "publishedAt": "2026-04-01T08:00:00Z"%s}
                """;

        mvc.perform(put("/api/announcements/7").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texts.en.title").value("XRP wallet maintenance extended"));
        mvc.perform(put("/api/announcements/7").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(", \"id\": 8")))
                .andExpect(status().isBadRequest());
        verify(announcements).update(7, edited, "ops");
    }

    @Test
    @WithMockUser("ops")
    void aCopyThatHasNotFailedCannotBeRetriedAndAnUnknownOneIsNotFound() throws Exception {
        when(deliveries.retry(7, 70)).thenThrow(new DeliveryNotRetryableException(70, DeliveryState.SENT));
        when(deliveries.retry(7, 71)).thenThrow(new DeliveryNotFoundException(7, 71));

        mvc.perform(post("/api/announcements/7/deliveries/70/retry").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("delivery 70 is SENT, not FAILED: there is nothing to retry"));
        mvc.perform(post("/api/announcements/7/deliveries/71/retry").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("announcement 7 has no delivery 71"));
    }

    @Test
    void strangersAreTurnedAway() throws Exception {
        mvc.perform(get("/api/announcements")).andExpect(status().isUnauthorized());
        verifyNoInteractions(announcements);
    }
}
