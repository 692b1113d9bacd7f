package io.switchboard.helpcenter.request;

import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.value.PhoneNumbers;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which official line calls a member back: one whose agents speak the member's language, in the member's own
 * country if there is one; else the first line. The member is told this number in advance, so a "support" call
 * from any other number can be recognised as a scam.
 */
@Component
class CallingLines {

    private final OfficialRegistry registry;

    CallingLines(OfficialRegistry registry) {
        this.registry = registry;
    }

    /** Empty only when the registry lists no phone line at all. */
    Optional<OfficialEntry> lineFor(String language, String phone) {
        List<OfficialEntry> lines = registry.snapshot().entries(OfficialKind.PHONE);
        List<OfficialEntry> speaking = lines.stream().filter(line -> line.languages().contains(language)).toList();
        String region = PhoneNumbers.regionOf(phone);
        return speaking.stream().filter(line -> PhoneNumbers.regionOf(line.value()).equals(region)).findFirst()
                .or(() -> speaking.stream().findFirst())
                .or(() -> lines.stream().findFirst());
    }
}
