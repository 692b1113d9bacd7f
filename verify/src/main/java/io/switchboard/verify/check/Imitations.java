package io.switchboard.verify.check;

import io.switchboard.text.lookalike.Confusables;
import io.switchboard.text.lookalike.Lookalikes;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.RegistrySnapshot;
import io.switchboard.verify.value.Domains;
import io.switchboard.verify.value.Emails;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why something not in the registry may pass for the exchange: it imitates a registered domain, the brand (what the
 * registered domains are called: {@code novaex} of {@code novaex.com}), a registered account or a staff member.
 * Compared as the guard compares, on {@link Confusables#skeleton skeletons} ({@code n0vaex}, Cyrillic letters) and
 * {@link Lookalikes one letter off}.
 */
final class Imitations {

    /** Services whose links hide where they lead. */
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.cn", "goo.gl", "ow.ly", "is.gd",
            "buff.ly", "cutt.ly", "rebrand.ly", "t.co", "s.id", "shorturl.at", "rb.gy", "tiny.cc", "url.cn", "dwz.cn",
            "v.gd", "bl.ink", "lnkd.in", "short.io");

    private final RegistrySnapshot registry;
    private final List<String> officialDomains;

    Imitations(RegistrySnapshot registry) {
        this.registry = registry;
        this.officialDomains = registry.domains().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** A host that is not registered: what it imitates, or NOT_REGISTERED. */
    List<Reason> ofHost(String host) {
        List<Reason> reasons = new ArrayList<>();
        if (SHORTENERS.contains(host.startsWith("www.") ? host.substring(4) : host)) {
            reasons.add(Reason.of(ReasonCode.SHORTENER));
        }
        Optional<String> registrable = Domains.registrable(host);
        officialDomains.stream().filter(domain -> host.startsWith(domain + ".") || host.contains("." + domain + "."))
                .findFirst().ifPresent(domain -> reasons.add(new Reason(ReasonCode.BRAND_IN_OTHER_DOMAIN, domain)));
        if (reasons.isEmpty() && registrable.isPresent()) {
            imitatedBy(Domains.unicode(Domains.nameOf(registrable.get()))).ifPresent(reasons::add);
        }
        if (reasons.isEmpty()) {
            // the brand in a subdomain's label: novaex.support-desk.io, login-novaex.web.app
            List<String> labels = List.of(host.split("\\."));
            labels.subList(0, Math.max(0, labels.size() - 1)).stream()
                    .map(label -> brandIn(Domains.unicode(label)))
                    .flatMap(Optional::stream).findFirst()
                    .ifPresent(domain -> reasons.add(new Reason(ReasonCode.BRAND_IN_OTHER_DOMAIN, domain)));
        }
        if (Domains.isOtherScript(host)) {
            reasons.add(Reason.of(ReasonCode.OTHER_SCRIPT));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NOT_REGISTERED));
        }
        return reasons;
    }

    /** An address that is not registered: its domain's imitation, or the brand on someone else's mail service. */
    List<Reason> ofAddress(String address) {
        String domain = Emails.domainOf(address);
        if (officialDomains.stream().anyMatch(official -> Domains.isWithin(domain, official))) {
            return List.of(new Reason(ReasonCode.NOT_REGISTERED, domain));
        }
        List<Reason> reasons = ofHost(domain);
        if (reasons.equals(List.of(Reason.of(ReasonCode.NOT_REGISTERED)))) {
            String local = address.substring(0, address.lastIndexOf('@'));
            Optional<Reason> brand = brandIn(local).map(official -> new Reason(ReasonCode.BRAND_IN_OTHER_DOMAIN, official));
            if (brand.isPresent()) {
                return List.of(brand.get());
            }
        }
        return reasons;
    }

    /** A handle not registered on {@code platforms}: whose account or name it copies, or NOT_REGISTERED. */
    List<Reason> ofHandle(String handle) {
        String skeleton = Confusables.skeleton(handle);
        for (OfficialEntry account : accounts()) {
            if (account.isStaff() && (copies(skeleton, account.value())
                    || Lookalikes.match(skeleton, Confusables.skeleton(account.staffName())).found())) {
                return List.of(new Reason(ReasonCode.NOT_A_STAFF_ACCOUNT, account.staffName()));
            }
        }
        for (OfficialEntry account : accounts()) {
            if (!account.isStaff() && copies(skeleton, account.value())) {
                return List.of(new Reason(ReasonCode.LOOKALIKE, account.display()));
            }
        }
        return brandIn(handle).map(domain -> List.of(new Reason(ReasonCode.LOOKALIKE, domain)))
                .orElse(List.of(Reason.of(ReasonCode.NOT_REGISTERED)));
    }

    /** The registered domain whose name the text carries (as it is or one letter off); empty when none. */
    private Optional<String> brandIn(String text) {
        String skeleton = Confusables.skeleton(text);
        return officialDomains.stream()
                .filter(domain -> Lookalikes.match(skeleton, Confusables.skeleton(Domains.nameOf(domain))).found())
                .findFirst();
    }

    /** A registrable domain's name that is a registered one's, or imitates it. */
    private Optional<Reason> imitatedBy(String name) {
        String skeleton = Confusables.skeleton(name);
        for (String domain : officialDomains) {
            String official = Confusables.skeleton(Domains.nameOf(domain));
            Lookalikes.Match match = Lookalikes.match(skeleton, official);
            if (match.found()) {
                // one letter off the name itself (novaexx, n0vaex) imitates it; more letters around it borrow it
                boolean sameName = Lookalikes.distance(skeleton, official) <= 1;
                return Optional.of(new Reason(sameName ? ReasonCode.LOOKALIKE : ReasonCode.BRAND_IN_OTHER_DOMAIN,
                        domain));
            }
        }
        return Optional.empty();
    }

    private boolean copies(String skeleton, String registeredHandle) {
        return Lookalikes.match(skeleton, Confusables.skeleton(registeredHandle)).found();
    }

    private List<OfficialEntry> accounts() {
        List<OfficialEntry> accounts = new ArrayList<>();
        for (OfficialKind platform : List.of(OfficialKind.TELEGRAM, OfficialKind.X, OfficialKind.FACEBOOK)) {
            accounts.addAll(registry.entries(platform));
        }
        return accounts;
    }
}
