package io.switchboard.admin.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's official channels page: every staff member reads the list grouped by kind,
 * moderators and admins change it through forms, and the registry's refusals show beside the field.
 */
@StaffApiTest
class OfficialPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryOfficialRegistry registry;

    OfficialEntry hongKong;

    @BeforeEach
    void theSeededChannels() {
        registry.clear();
        registry.add(new OfficialEntryDraft(OfficialKind.WEBSITE, "novaex.com", "Main website and app", null, null,
                null, null, null), "seed");
        hongKong = registry.add(new OfficialEntryDraft(OfficialKind.PHONE, "+852 3001 2345", "Support hotline (Hong Kong)",
                null, "Hong Kong", "Mon-Fri 09:00-21:00 HKT", List.of("zh", "en"),
                "account security, frozen accounts, failed transactions"), "seed");
        registry.add(new OfficialEntryDraft(OfficialKind.TELEGRAM, "mia_novaex", "Community manager", "Mia Zhang", null,
                null, null, null), "seed");
    }

    static RequestPostProcessor moderator() {
        return user("official-mod").roles("MODERATOR");
    }

    static RequestPostProcessor agent() {
        return user("official-agent").roles("AGENT");
    }

    private static MockHttpServletRequestBuilder phoneLine(String number) {
        return line("PHONE", number);
    }

    private static MockHttpServletRequestBuilder line(String kind, String number) {
        return post("/console/official").with(csrf()).param("kind", kind).param("value", number)
                .param("label", "Support hotline (Singapore, English)").param("region", "Singapore")
                .param("hours", "Mon-Fri 09:00-18:00 SGT").param("languages", "en").param("purpose", "account security");
    }

    @Test
    void moderatorsSeeEveryKindWithThePhoneLinesDetailsAndTheStaffMarkedAndCanAdd() throws Exception {
        mvc.perform(get("/console/official").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Websites<"), containsString(">Phone lines<"),
                        containsString(">Telegram<"), containsString(">Facebook<"), containsString("novaex.com"),
                        containsString("+852 3001 2345"), containsString("Mon-Fri 09:00-21:00 HKT"),
                        containsString("zh, en"), containsString("frozen accounts"), containsString("Staff: Mia Zhang"),
                        containsString("id=\"official-form\""), containsString(">Edit<"))));
        mvc.perform(get("/console/official").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString(">电话热线<"), containsString("员工：Mia Zhang"),
                        containsString(">添加渠道<"))));
    }

    @Test
    void agentsReadTheListButGetNoFormsAndCannotChangeIt() throws Exception {
        mvc.perform(get("/console/official").with(agent()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("+852 3001 2345"),
                        containsString("Only moderators and admins change this list."),
                        not(containsString("id=\"official-form\"")), not(containsString(">Edit<")))));
        mvc.perform(phoneLine("+65 6123 4567").with(agent()))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl(ConsolePages.DENIED));
        mvc.perform(get("/console/official/{id}", hongKong.id()).with(agent())).andExpect(status().isForbidden());
        mvc.perform(post("/console/official/{id}/remove", hongKong.id()).with(agent()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(registry.entries()).hasSize(3);
    }

    @Test
    void aMemberAccountSeesNothing() throws Exception {
        mvc.perform(get("/console/official").with(user("official-member").roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("+852 3001 2345"))));
    }

    @Test
    void aModeratorAddsAPhoneLineAndItIsListedWithItsHours() throws Exception {
        mvc.perform(phoneLine("+65 6123 4567").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "+65 6123 4567 added to the official channels."));
        assertThat(registry.entries()).filteredOn(entry -> entry.kind() == OfficialKind.PHONE)
                .extracting(OfficialEntry::display, OfficialEntry::region, OfficialEntry::languages,
                        OfficialEntry::updatedBy)
                .contains(tuple("+65 6123 4567", "Singapore", List.of("en"),
                        "official-mod"));
        mvc.perform(get("/console/official").with(agent()))
                .andExpect(content().string(allOf(containsString("+65 6123 4567"),
                        containsString("Mon-Fri 09:00-18:00 SGT"))));
    }

    @Test
    void theRegistrysRefusalStandsBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(phoneLine("call me maybe").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Not saved: please correct the fields marked below."),
                        containsString("<span class=\"field-error\">Not saved: &#39;call me maybe&#39; is not a phone"
                                + " number</span>"),
                        containsString("value=\"call me maybe\""), containsString("aria-invalid=\"true\""))));
        mvc.perform(phoneLine("+852 3001 2345").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString("未保存：请更正下面标出的字段。"),
                        containsString("未保存：+852 3001 2345 is listed already"))));
        mvc.perform(line("", "+65 6123 4567").with(moderator())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("Not saved: choose what kind of channel it is")));
        mvc.perform(line("FAX", "+65 6123 4567").with(moderator())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the kinds.")));
        assertThat(registry.entries()).hasSize(3);
    }

    @Test
    void aModeratorChangesAnEntryOnItsOwnPage() throws Exception {
        mvc.perform(get("/console/official/{id}", hongKong.id()).with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change +852 3001 2345"),
                        containsString("value=\"Mon-Fri 09:00-21:00 HKT\""), containsString("value=\"zh, en\""))));
        mvc.perform(post("/console/official/{id}", hongKong.id()).with(moderator()).with(csrf())
                        .param("kind", "PHONE").param("value", "+852 3001 2345").param("label", "Support hotline (HK)")
                        .param("region", "Hong Kong").param("hours", "24/7").param("languages", "zh，en, yue"))
                .andExpect(redirectedUrl("/console/official#entry-" + hongKong.id()));
        assertThat(registry.entries()).filteredOn(entry -> entry.id() == hongKong.id()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.hours()).isEqualTo("24/7");
                    assertThat(entry.languages()).containsExactly("zh", "en", "yue");
                });
    }

    @Test
    void unknownEntriesAreTheConsolesNotFoundPage() throws Exception {
        mvc.perform(get("/console/official/{id}", 9999).with(moderator())).andExpect(status().isNotFound());
        mvc.perform(post("/console/official/{id}/remove", 9999).with(moderator()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void removingNeedsTheFormsToken() throws Exception {
        mvc.perform(post("/console/official/{id}/remove", hongKong.id()).with(moderator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/official/{id}/remove", hongKong.id()).with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/official"))
                .andExpect(flash().attribute("notice", "+852 3001 2345 removed from the official channels."));
        assertThat(registry.entries()).extracting(OfficialEntry::display).doesNotContain("+852 3001 2345");
    }

    @Test
    void theAuditLogShowsChangesToTheChannelsInWords() throws Exception {
        mvc.perform(phoneLine("+65 6123 4567").with(moderator())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/admin/audit").param("targetType", "official-channel")
                        .with(user("official-admin").roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Official channel added"),
                        containsString("Official channel " + (hongKong.id() + 2)),
                        containsString("Kind: Phone lines"), containsString("Region: Singapore"),
                        containsString("Languages: en"), not(containsString(">official-channel.add<")), not(containsString("Languages: ;")))));
        mvc.perform(get("/console/admin/audit").param("targetType", "official-channel")
                        .with(user("official-admin").roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString("添加官方渠道"), containsString("地区：Singapore"))));
    }
}
