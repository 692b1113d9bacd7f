package io.switchboard.router.guard;

import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.Severity;
import io.switchboard.text.lookalike.Confusables;
import io.switchboard.text.lookalike.Lookalikes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff impersonation in a display name or username. Everything is compared on
 * {@link Confusables#skeleton skeletons}, so case, spacing, separators, digits for letters and
 * homoglyphs of other scripts change nothing. A name is suspect when it is
 * <ul>
 *   <li>the brand with nothing else ("N0vaEx", "Nоvаеx"), or the brand or one letter off it with a
 *       staff title ("NovaEx Support", "Nova3x Admin", "NovEx Official", "NovaEx客服");</li>
 *   <li>a protected staff member's full name ("M1a Zhang"), with a title or the brand the worse;</li>
 *   <li>nothing but staff titles ("Support", "在线客服", "Admin 01").</li>
 * </ul>
 * <ul>
 *   <li>like the handle of a registered staff account that is not it ("mia_n0vaex", "kevinlau_nx_help").</li>
 * </ul>
 * A name that only shares letters with the brand ("Novak", "nova_trader", "Supernova") or carries
 * the brand among other words without a title is left alone.
 */
final class NameCheck {

    /** Every rule of this check starts so, which tells a name's findings from a message's. */
    static final String RULE_PREFIX = "name.";

    /** Staff titles scammers add to a name; compared as skeletons, so "supp0rt" is "support". */
    private static final List<String> TITLES = skeletons(List.of("support", "admin", "administrator", "official",
            "offical", "help", "helpdesk", "helpline", "service", "customer", "care", "team", "staff", "moderator",
            "manager", "agent", "assistant", "verified", "security", "desk", "客服", "官方", "管理员", "管理", "助理",
            "经理", "专员", "工作人员", "技术支持", "售后", "kefu", "guanfang"));
    /** Words that go with titles and say nothing by themselves ("Online Support", "在线客服"). */
    private static final List<String> FILLERS = skeletons(List.of("online", "live", "global", "center", "centre",
            "the", "vip", "在线", "中心", "团队", "小"));
    /** Trailing numbers of a word ("admin01", "helpdesk_247"): decoration, not part of the name. */
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(?<=\\p{L})\\d+(?=[^\\p{L}\\p{N}]|$)");
    /** Numbers standing alone ("管理员 01"): decoration too. */
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?![\\p{L}\\p{N}])");

    private final List<Protected> brands;
    private final List<Protected> staff;
    /** The registered staff accounts' handles, named by their owner: what impersonators copy letter by letter. */
    private final List<StaffAccount> staffAccounts;
    private final Set<String> allowedHandles;

    NameCheck(GuardRules rules) {
        this(rules, Map.of());
    }

    /** @param staffHandles each registered staff account's handle to its owner's name */
    NameCheck(GuardRules rules, Map<String, String> staffHandles) {
        this.brands = rules.brandNames().stream().map(Protected::new).toList();
        this.staff = rules.staffNames().stream().map(Protected::new).toList();
        this.staffAccounts = staffHandles.entrySet().stream()
                .map(account -> new StaffAccount(new Protected(account.getKey()), account.getValue())).toList();
        this.allowedHandles = rules.allowedHandles().stream().map(NameCheck::handleKey).collect(Collectors.toSet());
    }

    /** Whether a name carries one of the brand names as it is (after folding). */
    boolean namesBrand(String name) {
        String skeleton = Confusables.skeleton(name);
        return brands.stream().anyMatch(brand -> skeleton.contains(brand.skeleton()));
    }

    /** Whether a username is one of the official accounts'. */
    boolean isOfficialHandle(String handle) {
        return handle != null && allowedHandles.contains(handleKey(handle));
    }

    /** Findings on a member's display name and username (either may be null); empty for official accounts. */
    List<Finding> check(String displayName, String handle) {
        if (isOfficialHandle(handle)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        checkOne(displayName, "display name").ifPresent(findings::add);
        checkOne(handle, "username").ifPresent(findings::add);
        // one finding per rule: the display name's and the username's may say the same
        return findings.stream().collect(Collectors.toMap(Finding::rule, f -> f,
                (a, b) -> a.severity().compareTo(b.severity()) >= 0 ? a : b, LinkedHashMap::new))
                .values().stream().sorted(Comparator.comparing(Finding::severity).reversed()).toList();
    }

    private Optional<Finding> checkOne(String name, String what) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String skeleton = Confusables.skeleton(NUMBERS.matcher(TRAILING_DIGITS.matcher(name).replaceAll("")).replaceAll(""));
        boolean titled = TITLES.stream().anyMatch(skeleton::contains);
        for (Protected brand : brands) {
            Lookalikes.Match match = Lookalikes.match(skeleton, brand.skeleton());
            if (match.found() && (titled || match == Lookalikes.Match.EXACT && nothingBut(skeleton, brand.skeleton()))) {
                return Optional.of(new Finding(RULE_PREFIX + "brand", Severity.HIGH, "the " + what + " '" + name
                        + "' imitates " + brand.name() + (titled ? " with a staff title" : "")));
            }
        }
        for (Protected member : staff) {
            Lookalikes.Match match = Lookalikes.match(skeleton, member.skeleton());
            boolean branded = brands.stream().anyMatch(brand -> skeleton.contains(brand.skeleton()));
            if (match.found() && (titled || branded)) {
                return Optional.of(new Finding(RULE_PREFIX + "staff", Severity.HIGH, "the " + what + " '" + name
                        + "' imitates staff member " + member.name() + " with " + (titled ? "a staff title" : "the brand")));
            }
            // the full name alone may be a namesake: moderators look; short names are too common to flag
            if (match == Lookalikes.Match.EXACT && member.skeleton().length() >= 6
                    && nothingBut(skeleton, member.skeleton())) {
                return Optional.of(new Finding(RULE_PREFIX + "staff", Severity.MEDIUM, "the " + what + " '" + name
                        + "' is the name of staff member " + member.name()));
            }
        }
        for (StaffAccount account : staffAccounts) {
            // the account itself is an allowed handle and never gets here
            if (Lookalikes.match(skeleton, account.handle().skeleton()).found()) {
                return Optional.of(new Finding(RULE_PREFIX + "staff", Severity.HIGH, "the " + what + " '" + name
                        + "' imitates @" + account.handle().name() + ", an account of staff member " + account.owner()));
            }
        }
        if (titled && strip(skeleton, TITLES, FILLERS).isEmpty()) {
            return Optional.of(new Finding(RULE_PREFIX + "title", Severity.MEDIUM, "the " + what + " '" + name
                    + "' is nothing but a staff title"));
        }
        return Optional.empty();
    }

    /** The name is the protected name and at most fillers. */
    private static boolean nothingBut(String skeleton, String protectedName) {
        return strip(skeleton.replace(protectedName, ""), TITLES, FILLERS).isEmpty();
    }

    private static String strip(String skeleton, List<String> titles, List<String> fillers) {
        String rest = skeleton;
        for (String word : titles) {
            rest = rest.replace(word, "");
        }
        for (String word : fillers) {
            rest = rest.replace(word, "");
        }
        return rest;
    }

    private static List<String> skeletons(List<String> words) {
        // longest first, so "administrator" goes before "admin" when stripping
        return words.stream().map(Confusables::skeleton).sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static String handleKey(String handle) {
        return handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    /** A registered staff account's handle and whose it is. */
    private record StaffAccount(Protected handle, String owner) {
    }

    /** A protected name and its skeleton. */
    private record Protected(String name, String skeleton) {
        Protected(String name) {
            this(name, Confusables.skeleton(name));
        }
    }
}
