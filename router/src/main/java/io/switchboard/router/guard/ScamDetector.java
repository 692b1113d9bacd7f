package io.switchboard.router.guard;

import io.switchboard.core.guard.ExtraPattern;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.text.lookalike.Confusables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guard's checks, built once from a set of rules: pure and fast (regular expressions and
 * skeleton comparisons, nothing leaves the process), safe to share between threads. Build a new
 * one when the rules change.
 */
public final class ScamDetector {

    private final GuardRules rules;
    private final NameCheck names;
    private final LinkCheck links;
    private final ScamPhrases phrases = new ScamPhrases();
    private final PhoneCheck phones;
    private final RegisteredChannels official;
    private final List<Compiled> extras;

    /** A detector of the rules alone, without the registry of official channels. */
    public ScamDetector(GuardRules rules) {
        this(rules, RegisteredChannels.NONE);
    }

    /**
     * @param official the registry's channels, which add to the rules: its domains, accounts and staff names are
     *     taken as the rules' allowed domains, allowed handles and staff names; its staff accounts and phone lines
     *     are protected as well
     * @throws IllegalArgumentException when an extra pattern is not a valid regular expression
     */
    public ScamDetector(GuardRules rules, RegisteredChannels official) {
        this.rules = rules;
        this.official = official;
        GuardRules effective = withRegistry(rules, official);
        this.names = new NameCheck(effective, official.staffHandles());
        this.links = new LinkCheck(effective, names);
        this.phones = new PhoneCheck(official.phones());
        this.extras = rules.extraPatterns().stream().map(p -> new Compiled(p, p.compile())).toList();
    }

    /** The rules it was built from, without the registry's additions. */
    public GuardRules rules() {
        return rules;
    }

    public RegisteredChannels official() {
        return official;
    }

    /** Whether a username is one of the official accounts' ({@code allowedHandles}). */
    public boolean isOfficialHandle(String handle) {
        return names.isOfficialHandle(handle);
    }

    /** Impersonation findings on a member's display name and username (either may be null), worst first. */
    public List<Finding> checkName(String displayName, String handle) {
        List<Finding> findings = new ArrayList<>(names.check(displayName, handle));
        if (!names.isOfficialHandle(handle)) {
            for (String name : new String[] {displayName, handle}) {
                if (name != null) {
                    findings.addAll(extras(ExtraPattern.Target.NAME, name));
                }
            }
        }
        return worstFirst(findings);
    }

    /** Phishing findings on a message's text, worst first. */
    public List<Finding> checkMessage(String text) {
        List<Finding> findings = new ArrayList<>(links.check(text));
        findings.addAll(phrases.check(text));
        findings.addAll(phones.check(text));
        findings.addAll(extras(ExtraPattern.Target.MESSAGE, text));
        return worstFirst(findings);
    }

    private List<Finding> extras(ExtraPattern.Target target, String text) {
        String folded = Confusables.fold(text);
        return extras.stream().filter(extra -> extra.pattern().target() == target)
                .filter(extra -> extra.regex().matcher(text).find() || extra.regex().matcher(folded).find())
                .map(extra -> new Finding("custom." + extra.pattern().key(), extra.pattern().severity(),
                        extra.pattern().explanation()))
                .toList();
    }

    private static GuardRules withRegistry(GuardRules rules, RegisteredChannels official) {
        return new GuardRules(rules.brandNames(), union(rules.staffNames(), official.staffNames()),
                union(rules.allowedDomains(), official.domains()), union(rules.allowedHandles(), official.handles()),
                rules.extraPatterns());
    }

    private static List<String> union(List<String> listed, Collection<String> registered) {
        Set<String> all = new LinkedHashSet<>(listed);
        registered.stream().sorted().forEach(all::add);
        return List.copyOf(all);
    }

    private static List<Finding> worstFirst(List<Finding> findings) {
        return findings.stream().distinct().sorted(Comparator.comparing(Finding::severity).reversed()).toList();
    }

    private record Compiled(ExtraPattern pattern, Pattern regex) {
    }
}
