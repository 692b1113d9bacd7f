package io.switchboard.verify.check;

import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import io.switchboard.verify.value.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The verifier on the registry's current snapshot. */
@Service
class RegistryVerifier implements Verifier {

    private static final List<OfficialKind> PLATFORMS = List.of(OfficialKind.TELEGRAM, OfficialKind.X,
            OfficialKind.FACEBOOK);

    private final Supplier<RegistrySnapshot> registry;

    @Autowired
    RegistryVerifier(OfficialRegistry registry) {
        this(registry::snapshot);
    }

    RegistryVerifier(Supplier<RegistrySnapshot> registry) {
        this.registry = registry;
    }

    @Override
    public Verification check(String query) {
        return check(query, registry.get());
    }

    @Override
    public List<Verification> checkText(String text, List<String> links) {
        RegistrySnapshot snapshot = registry.get();
        List<Verification> checked = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String found : Findings.in(text == null ? "" : text, links == null ? List.of() : links)) {
            Verification verification = check(found, snapshot);
            if (verification.verdict() != Verdict.NOT_UNDERSTOOD
                    && seen.add(verification.kind() + ":" + verification.normalized())) {
                checked.add(verification);
            }
        }
        return checked;
    }

    private Verification check(String raw, RegistrySnapshot snapshot) {
        Query query = Query.read(raw);
        String asked = raw == null ? "" : raw.length() > MAX_QUERY_LENGTH ? raw.substring(0, MAX_QUERY_LENGTH) : raw;
        Imitations imitations = new Imitations(snapshot);
        return switch (query.kind()) {
            case NONE -> new Verification(asked, QueryKind.NONE, null, Verdict.NOT_UNDERSTOOD, null,
                    List.of(Reason.of(query.problem())));
            case WEBSITE -> answer(asked, query, snapshot.website(query.value()),
                    () -> imitations.ofHost(query.value()));
            case EMAIL -> answer(asked, query, snapshot.email(query.value()),
                    () -> imitations.ofAddress(query.value()));
            case TELEGRAM, X, FACEBOOK -> answer(asked, query,
                    snapshot.account(OfficialKind.valueOf(query.kind().name()), query.value()),
                    () -> imitations.ofHandle(query.value()));
            case HANDLE -> answer(asked, query, PLATFORMS.stream()
                    .flatMap(platform -> snapshot.account(platform, query.value()).stream()).findFirst(),
                    () -> imitations.ofHandle(query.value()));
            case PHONE -> phone(asked, query.value(), snapshot);
        };
    }

    private static Verification answer(String asked, Query query, Optional<OfficialEntry> official,
            Supplier<List<Reason>> whyNot) {
        return official.map(entry -> new Verification(asked, query.kind(), query.value(), Verdict.OFFICIAL, entry,
                        List.of(new Reason(ReasonCode.REGISTERED, entry.display()))))
                .orElseGet(() -> new Verification(asked, query.kind(), query.value(), Verdict.NOT_OFFICIAL, null,
                        whyNot.get()));
    }

    /**
     * A number with its country code is read as written; one without is read as each registered line's region
     * would dial it ({@code 4001234567} in China), and is official when one of those readings is registered.
     */
    private static Verification phone(String asked, String cleaned, RegistrySnapshot snapshot) {
        Set<String> regions = new LinkedHashSet<>();
        snapshot.entries(OfficialKind.PHONE).forEach(line -> regions.add(PhoneNumbers.regionOf(line.value())));
        List<String> readings = PhoneNumbers.readingsOf(cleaned, regions);
        for (String reading : readings) {
            Optional<OfficialEntry> line = snapshot.phone(reading);
            if (line.isPresent()) {
                return new Verification(asked, QueryKind.PHONE, reading, Verdict.OFFICIAL, line.get(),
                        List.of(new Reason(ReasonCode.REGISTERED, line.get().display())));
            }
        }
        Optional<String> valid = readings.stream().filter(PhoneNumbers::isValid).findFirst();
        String normalized = valid.orElse(readings.isEmpty() ? cleaned : readings.get(0));
        List<Reason> reasons = new ArrayList<>();
        readings.stream().flatMap(reading -> snapshot.entries(OfficialKind.PHONE).stream()
                        .filter(line -> PhoneNumbers.oneDigitOff(reading, line.value())))
                .findFirst().ifPresent(line -> reasons.add(new Reason(ReasonCode.LOOKALIKE, line.display())));
        reasons.add(Reason.of(valid.isPresent() ? ReasonCode.UNKNOWN_NUMBER : ReasonCode.INVALID_NUMBER));
        return new Verification(asked, QueryKind.PHONE, normalized, Verdict.NOT_OFFICIAL, null, reasons);
    }
}
