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
import io.switchboard.verify.registry.OfficialRegistry;
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
 * moderators and admins change it through forms, and the registry's refusals show beside the field. The registry
 * is the real one, seeded from the tests' configuration (a website, the Hong Kong line, a staff member's Telegram
 * account) and shared by every test class: tests that change the list do so on phone lines of their own.
 */
@StaffApiTest
class OfficialPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficialRegistry registry;

    /** The seeded Hong Kong line, which no test changes. */
    OfficialEntry hongKong;

    /** The list as the test found it. */
    List<OfficialEntry> before;

    @BeforeEach
    void theSeededChannels() {
        before = registry.entries();
        hongKong = before.stream().filter(entry -> entry.value().equals("+85230012345")).findFirst().orElseThrow();
    }

    /** A Hong Kong line of the test's own, to change or remove. */
    private OfficialEntry ownLine(String number) {
        return registry.add(new OfficialEntryDraft(OfficialKind.PHONE, number, "Support hotline (Hong Kong, VIP)", null,
                "Hong Kong", "Mon-Fri 09:00-21:00 HKT", List.of("zh", "en"), "VIP accounts"), "seed");
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
        assertThat(registry.entries()).isEqualTo(before);
    }

    @Test
    void aMemberAccountSeesNothing() throws Exception {
        mvc.perform(get("/console/official").with(user("official-member").roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("+852 3001 2345"))));
    }

    @Test
    void aModeratorAddsAPhoneLineAndItIsListedWithItsHours() throws Exception {
        mvc.perform(phoneLine("+65 6123 4520").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "+65 6123 4520 added to the official channels."));
        assertThat(registry.entries()).filteredOn(entry -> entry.kind() == OfficialKind.PHONE)
                .extracting(OfficialEntry::display, OfficialEntry::region, OfficialEntry::languages,
                        OfficialEntry::updatedBy)
                .contains(tuple("+65 6123 4520", "Singapore", List.of("en"),
                        "official-mod"));
        mvc.perform(get("/console/official").with(agent()))
                .andExpect(content().string(allOf(containsString("+65 6123 4520"),
                        containsString("Mon-Fri 09:00-18:00 SGT"))));
    }

    @Test
    void theRegistrysRefusalStandsBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(phoneLine("call me maybe").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Not saved: please correct the fields marked below."),
                        containsString("<span class=\"field-error\">Not saved: expected a phone number with its"
                                + " country code, such as +86 400 123 4567</span>"),
                        containsString("value=\"call me maybe\""), containsString("aria-invalid=\"true\""))));
        mvc.perform(phoneLine("+852 3001 2345").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString("未保存：请更正下面标出的字段。"),
                        containsString("未保存：+852 3001 2345 is listed already"))));
        mvc.perform(line("", "+65 6123 4567").with(moderator())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("Not saved: choose what kind of channel this is")));
        mvc.perform(line("FAX", "+65 6123 4567").with(moderator())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the kinds.")));
        assertThat(registry.entries()).isEqualTo(before);
    }

    @Test
    void aModeratorChangesAnEntryOnItsOwnPage() throws Exception {
        OfficialEntry vip = ownLine("+852 3001 2320");
        mvc.perform(get("/console/official/{id}", vip.id()).with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change +852 3001 2320"),
                        containsString("value=\"Mon-Fri 09:00-21:00 HKT\""), containsString("value=\"zh, en\""))));
        mvc.perform(post("/console/official/{id}", vip.id()).with(moderator()).with(csrf())
                        .param("kind", "PHONE").param("value", "+852 3001 2320").param("label", "Support hotline (VIP)")
                        .param("region", "Hong Kong").param("hours", "24/7").param("languages", "zh，en, yue"))
                .andExpect(redirectedUrl("/console/official#entry-" + vip.id()));
        assertThat(registry.entries()).filteredOn(entry -> entry.id() == vip.id()).singleElement()
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
        OfficialEntry vip = ownLine("+852 3001 2321");
        mvc.perform(post("/console/official/{id}/remove", vip.id()).with(moderator()))
                .andExpect(status().isForbidden());
        assertThat(registry.entries()).extracting(OfficialEntry::id).contains(vip.id());
        mvc.perform(post("/console/official/{id}/remove", vip.id()).with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/official"))
                .andExpect(flash().attribute("notice", "+852 3001 2321 removed from the official channels."));
        assertThat(registry.entries()).isEqualTo(before);
    }

    @Test
    void theAuditLogShowsChangesToTheChannelsInWords() throws Exception {
        mvc.perform(phoneLine("+65 6123 4521").with(moderator())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/official").with(csrf()).with(moderator()).param("kind", "TELEGRAM")
                        .param("value", "novaex_audit_desk").param("label", "Audit desk"))
                .andExpect(status().is3xxRedirection());
        long added = registry.entries().stream().filter(entry -> entry.value().equals("+6561234521")).findFirst()
                .orElseThrow().id();
        mvc.perform(get("/console/admin/audit").param("targetType", "official-channel")
                        .with(user("official-admin").roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Official channel added"),
                        containsString("Official channel " + added),
                        containsString("Kind: Phone lines"), containsString("Region: Singapore"),
                        containsString("Languages: en"), not(containsString(">official-channel.add<")), not(containsString("Languages: ;")))));
        mvc.perform(get("/console/admin/audit").param("targetType", "official-channel")
                        .with(user("official-admin").roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString("添加官方渠道"), containsString("地区：Singapore"))));
    }
}
