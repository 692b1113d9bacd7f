package io.switchboard.core.guard;

import java.util.List;
import java.util.Objects;

/**
 * What the guard protects and trusts, as managers edit it.
 *
 * @param brandNames the exchange's names ("NovaEx"): a member named like one of them, or a link
 *     to a domain that imitates one, is suspect
 * @param staffNames full names of staff members ("Mia Zhang"), protected like the brand
 * @param allowedDomains the exchange's own domains: links to them and their subdomains are fine
 * @param allowedHandles the official accounts' usernames, never flagged and fine to refer people to
 * @param extraPatterns managers' own patterns
 */
public record GuardRules(List<String> brandNames, List<String> staffNames, List<String> allowedDomains,
        List<String> allowedHandles, List<ExtraPattern> extraPatterns) {

    public GuardRules {
        brandNames = copy(brandNames, "brandNames");
        staffNames = copy(staffNames, "staffNames");
        allowedDomains = copy(allowedDomains, "allowedDomains");
        allowedHandles = copy(allowedHandles, "allowedHandles");
        extraPatterns = extraPatterns == null ? List.of() : List.copyOf(extraPatterns);
    }

    private static List<String> copy(List<String> values, String name) {
        if (values == null) {
            return List.of();
        }
        values.forEach(value -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not contain blank values");
            }
        });
        return values.stream().map(String::strip).toList();
    }

    /** Rules for one brand and its domain, nothing else. */
    public static GuardRules of(String brandName, String domain) {
        Objects.requireNonNull(brandName, "brandName");
        Objects.requireNonNull(domain, "domain");
        return new GuardRules(List.of(brandName), List.of(), List.of(domain), List.of(), List.of());
    }
}
