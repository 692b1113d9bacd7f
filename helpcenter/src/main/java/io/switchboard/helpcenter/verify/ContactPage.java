package io.switchboard.helpcenter.verify;

import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /contact}: the official phone lines by region with their hours, languages and what they handle, then the
 * other official channels by kind, all from the registry, under the warning that support never asks for
 * passwords, codes or keys: the page people are told to take a number from.
 */
@Controller
class ContactPage {

    static final String PATH = "/contact";

    private final OfficialRegistry registry;

    ContactPage(OfficialRegistry registry) {
        this.registry = registry;
    }

    @GetMapping(PATH)
    String contact(Model model) {
        RegistrySnapshot snapshot = registry.snapshot();
        model.addAttribute("phones", snapshot.entries(OfficialKind.PHONE));
        model.addAttribute("channels", otherChannels(snapshot));
        return "help/contact";
    }

    /** Websites, mailboxes and accounts, in the kinds' order, kinds without entries left out. */
    private static Map<OfficialKind, List<OfficialEntry>> otherChannels(RegistrySnapshot snapshot) {
        Map<OfficialKind, List<OfficialEntry>> channels = new LinkedHashMap<>();
        for (OfficialKind kind : OfficialKind.values()) {
            List<OfficialEntry> entries = snapshot.entries(kind);
            if (kind != OfficialKind.PHONE && !entries.isEmpty()) {
                channels.put(kind, entries);
            }
        }
        return channels;
    }
}
