package io.switchboard;

import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.check.Reason;
import io.switchboard.verify.check.ReasonCode;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.VerificationWording;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.RegistrySnapshot;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectNotFoundException;
import io.switchboard.verify.report.SuspectReport;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * The verify module's four services as small in-memory doubles, until its implementation is merged: a part of
 * the seeded NovaEx registry, a verifier that knows just enough of phone formats, handles and look-alike domains
 * to give each verdict and the reasons the pages show, plain zh/en wording, and reports counted per value. The
 * help center's pages and API are what is tested through them, not the verifier's judgement.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestVerification {

    public static final OfficialEntry WEBSITE = entry(1, OfficialKind.WEBSITE, "novaex.com", "novaex.com",
            "Main website and app", null, null, null, List.of(), null);
    public static final OfficialEntry MAILBOX = entry(2, OfficialKind.EMAIL, "support@novaex.com", "support@novaex.com",
            "Support mailbox", null, null, null, List.of(), null);
    public static final OfficialEntry MAINLAND_LINE = entry(3, OfficialKind.PHONE, "+864001234567", "+86 400 123 4567",
            "Support hotline (Mainland China)", null, "Mainland China", "24/7", List.of("zh"),
            "account security emergencies, frozen accounts, failed transactions");
    public static final OfficialEntry HONG_KONG_LINE = entry(4, OfficialKind.PHONE, "+85230012345", "+852 3001 2345",
            "Support hotline (Hong Kong)", null, "Hong Kong", "Mon-Fri 09:00-21:00 HKT", List.of("zh", "en"),
            "account security, frozen accounts, failed transactions");
    public static final OfficialEntry BOT = entry(5, OfficialKind.TELEGRAM, "novaexsupportbot", "@NovaExSupportBot",
            "Support bot", null, null, null, List.of(), null);
    public static final OfficialEntry X_ACCOUNT = entry(6, OfficialKind.X, "novaex", "@NovaEx", "Official account",
            null, null, null, List.of(), null);
    public static final OfficialEntry MIA = entry(7, OfficialKind.TELEGRAM, "mia_novaex", "@mia_novaex",
            "Community manager", "Mia Zhang", null, null, List.of(), null);

    private static final List<OfficialEntry> ENTRIES = List.of(WEBSITE, MAILBOX, MAINLAND_LINE, HONG_KONG_LINE, BOT,
            X_ACCOUNT, MIA);

    @Bean
    OfficialRegistry officialRegistry() {
        return new SeededRegistry();
    }

    @Bean
    Verifier verifier(OfficialRegistry registry) {
        return new TableVerifier(registry);
    }

    @Bean
    VerificationWording verificationWording() {
        return new PlainWording();
    }

    @Bean
    SuspectReports suspectReports() {
        return new CountingReports();
    }

    private static OfficialEntry entry(long id, OfficialKind kind, String value, String display, String label,
            String staffName, String region, String hours, List<String> languages, String purpose) {
        return new OfficialEntry(id, kind, value, display, label, staffName, region, hours, languages, purpose,
                Instant.parse("2026-12-01T00:00:00Z"), "seed");
    }

    /** The entries above, read-only: the help center never changes the registry (the console does). */
    static final class SeededRegistry implements OfficialRegistry, RegistrySnapshot {

        @Override
        public List<OfficialEntry> entries() {
            return ENTRIES;
        }

        @Override
        public RegistrySnapshot snapshot() {
            return this;
        }

        @Override
        public OfficialEntry add(OfficialEntryDraft draft, String actor) {
            throw new UnsupportedOperationException("the help center only reads the registry");
        }

        @Override
        public OfficialEntry update(long id, OfficialEntryDraft draft, String actor) {
            throw new UnsupportedOperationException("the help center only reads the registry");
        }

        @Override
        public void remove(long id, String actor) {
            throw new UnsupportedOperationException("the help center only reads the registry");
        }

        @Override
        public List<OfficialEntry> entries(OfficialKind kind) {
            return ENTRIES.stream().filter(entry -> entry.kind() == kind).toList();
        }

        @Override
        public Optional<OfficialEntry> website(String host) {
            return entries(OfficialKind.WEBSITE).stream()
                    .filter(entry -> host.equals(entry.value()) || host.endsWith("." + entry.value())).findFirst();
        }

        @Override
        public Optional<OfficialEntry> email(String address) {
            return find(OfficialKind.EMAIL, address);
        }

        @Override
        public Optional<OfficialEntry> phone(String e164) {
            return find(OfficialKind.PHONE, e164);
        }

        @Override
        public Optional<OfficialEntry> account(OfficialKind platform, String handleOrId) {
            return find(platform, handleOrId);
        }

        @Override
        public Set<String> domains() {
            return Set.of("novaex.com");
        }

        @Override
        public Set<String> staffNames() {
            return Set.of("Mia Zhang");
        }

        private Optional<OfficialEntry> find(OfficialKind kind, String value) {
            return entries(kind).stream().filter(entry -> entry.value().equals(value)).findFirst();
        }
    }

    /**
     * Just enough of the real verifier's rules for every verdict: Chinese 400 numbers with or without {@code +86},
     * handles with {@code @} or {@code t.me/}, a brand inside another domain, digits for letters.
     */
    static final class TableVerifier implements Verifier {

        private final RegistrySnapshot registry;

        TableVerifier(OfficialRegistry registry) {
            this.registry = registry.snapshot();
        }

        @Override
        public Verification check(String query) {
            String q = query == null ? "" : query.strip();
            if (q.isEmpty()) {
                return notUnderstood("", ReasonCode.EMPTY);
            }
            if (q.length() > MAX_QUERY_LENGTH) {
                return notUnderstood(q.substring(0, MAX_QUERY_LENGTH), ReasonCode.TOO_LONG);
            }
            if (q.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
                return notUnderstood(q, ReasonCode.NOT_TEXT);
            }
            String lower = q.toLowerCase(Locale.ROOT);
            if (lower.matches("[+\\d(][\\d\\s()+-]{6,}")) {
                return phone(q, lower.replaceAll("\\D", ""));
            }
            if (lower.startsWith("@") || lower.startsWith("t.me/") || lower.startsWith("https://t.me/")) {
                return handle(q, lower.replaceFirst("^(https://)?t\\.me/|^@", ""));
            }
            if (lower.matches("[^@\\s]+@[^@\\s]+\\.[a-z]+")) {
                return registry.email(lower).map(entry -> official(q, QueryKind.EMAIL, lower, entry))
                        .orElseGet(() -> notOfficial(q, QueryKind.EMAIL, lower, Reason.of(ReasonCode.NOT_REGISTERED)));
            }
            if (lower.matches("(https?://)?[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?")) {
                return website(q, lower.replaceFirst("^https?://", "").replaceFirst("/.*", ""));
            }
            return notUnderstood(q, ReasonCode.NO_KIND);
        }

        @Override
        public List<Verification> checkText(String text, List<String> links) {
            return List.of();
        }

        private Verification phone(String q, String digits) {
            String e164 = "+" + (digits.length() == 10 && digits.startsWith("400") ? "86" + digits : digits);
            return registry.phone(e164).map(entry -> official(q, QueryKind.PHONE, e164, entry))
                    .orElseGet(() -> notOfficial(q, QueryKind.PHONE, e164, Reason.of(ReasonCode.UNKNOWN_NUMBER)));
        }

        private Verification handle(String q, String handle) {
            for (OfficialKind platform : List.of(OfficialKind.TELEGRAM, OfficialKind.X)) {
                Optional<OfficialEntry> entry = registry.account(platform, handle);
                if (entry.isPresent()) {
                    return official(q, QueryKind.HANDLE, handle, entry.get());
                }
            }
            Reason reason = handle.contains("mia") ? new Reason(ReasonCode.NOT_A_STAFF_ACCOUNT, "Mia Zhang")
                    : Reason.of(ReasonCode.NOT_REGISTERED);
            return notOfficial(q, QueryKind.HANDLE, handle, reason);
        }

        private Verification website(String q, String host) {
            Optional<OfficialEntry> entry = registry.website(host);
            if (entry.isPresent()) {
                return official(q, QueryKind.WEBSITE, host, entry.get());
            }
            Reason reason = host.contains("novaex.") ? new Reason(ReasonCode.BRAND_IN_OTHER_DOMAIN, "novaex.com")
                    : host.replace('0', 'o').replace('1', 'l').contains("novaex")
                            ? new Reason(ReasonCode.LOOKALIKE, "novaex.com") : Reason.of(ReasonCode.NOT_REGISTERED);
            return notOfficial(q, QueryKind.WEBSITE, host, reason);
        }

        private static Verification official(String q, QueryKind kind, String normalized, OfficialEntry entry) {
            return new Verification(q, kind, normalized, Verdict.OFFICIAL, entry,
                    List.of(new Reason(ReasonCode.REGISTERED, entry.display())));
        }

        private static Verification notOfficial(String q, QueryKind kind, String normalized, Reason reason) {
            return new Verification(q, kind, normalized, Verdict.NOT_OFFICIAL, null, List.of(reason));
        }

        private static Verification notUnderstood(String q, ReasonCode code) {
            return new Verification(q, QueryKind.NONE, null, Verdict.NOT_UNDERSTOOD, null, List.of(Reason.of(code)));
        }
    }

    /** One sentence per reason, in English or Chinese. */
    static final class PlainWording implements VerificationWording {

        private static final Map<ReasonCode, String[]> REASONS = new HashMap<>(Map.of(
                ReasonCode.REGISTERED, new String[] {"Listed as %s", "已登记为 %s"},
                ReasonCode.NOT_REGISTERED, new String[] {"Not in our list of official channels", "不在我们的官方渠道清单中"},
                ReasonCode.LOOKALIKE, new String[] {"A look-alike of %s", "仿冒 %s"},
                ReasonCode.BRAND_IN_OTHER_DOMAIN, new String[] {"Puts %s inside another domain", "将 %s 嵌入其他域名"},
                ReasonCode.NOT_A_STAFF_ACCOUNT, new String[] {"Not an account of our staff member %s", "不是工作人员 %s 的账号"},
                ReasonCode.UNKNOWN_NUMBER, new String[] {"Not one of our phone numbers", "不是我们的电话号码"},
                ReasonCode.EMPTY, new String[] {"Nothing was typed", "未输入内容"},
                ReasonCode.TOO_LONG, new String[] {"Longer than 500 characters", "超过 500 个字符"},
                ReasonCode.NOT_TEXT, new String[] {"Not readable text", "不是可读的文字"},
                ReasonCode.NO_KIND, new String[] {"No web address, e-mail address, phone number or handle in it",
                        "其中没有网址、邮箱、电话号码或账号"}));

        @Override
        public Wording describe(Verification verification, Locale locale) {
            int zh = "zh".equals(locale.getLanguage()) ? 1 : 0;
            List<String> details = verification.reasons().stream()
                    .map(reason -> String.format(REASONS.get(reason.code())[zh], reason.subject())).toList();
            return switch (verification.verdict()) {
                case OFFICIAL -> new Wording((zh == 1 ? "官方渠道：" : "Official: ") + verification.official().label(),
                        details, zh == 1 ? "这是我们的渠道。仍请勿向任何人透露密码、验证码或私钥。"
                                : "It is ours. Still, never tell anyone your password, codes or keys.");
                case NOT_OFFICIAL -> new Wording(zh == 1 ? "非官方" : "NOT official", details,
                        zh == 1 ? "请勿转账，勿提供验证码或私钥；请举报。" : "Do not send money, codes or keys; report it.");
                case NOT_UNDERSTOOD -> new Wording(zh == 1 ? "无法识别" : "Not understood", details,
                        zh == 1 ? "请输入网址、邮箱、电话号码或账号。"
                                : "Type a web address, e-mail address, phone number or handle.");
            };
        }

        @Override
        public String trustLine(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? "只信任列于 https://help.example.com/verify 的渠道"
                    : "Only trust channels listed at https://help.example.com/verify";
        }
    }

    /** Reports counted per kind and value, kept in memory. */
    public static final class CountingReports implements SuspectReports {

        private final Map<String, Suspect> suspects = new HashMap<>();
        private final List<SuspectReport> reports = new ArrayList<>();

        @Override
        public synchronized Suspect report(Verification verification, String evidence, String source, String reporter) {
            if (verification.verdict() != Verdict.NOT_OFFICIAL) {
                throw new IllegalArgumentException("only what is NOT official is reported, not " + verification.verdict());
            }
            Instant now = Instant.now();
            Suspect known = suspects.get(verification.kind() + ":" + verification.normalized());
            Suspect suspect = known == null
                    ? new Suspect(suspects.size() + 1, verification.kind(), verification.normalized(),
                            verification.query(), 1, now, now, SuspectStatus.OPEN, null)
                    : new Suspect(known.id(), known.kind(), known.value(), known.display(), known.reports() + 1,
                            known.firstReportedAt(), now, SuspectStatus.OPEN, known.statusBy());
            suspects.put(verification.kind() + ":" + verification.normalized(), suspect);
            reports.add(new SuspectReport(reports.size() + 1, suspect.id(), source, reporter,
                    evidence == null ? null : evidence.substring(0, Math.min(evidence.length(), MAX_EVIDENCE_LENGTH)),
                    now));
            return suspect;
        }

        @Override
        public synchronized Page<Suspect> suspects(SuspectStatus status, int page, int size) {
            List<Suspect> matching = suspects.values().stream()
                    .filter(suspect -> status == null || suspect.status() == status)
                    .sorted(Comparator.comparingInt(Suspect::reports).reversed()
                            .thenComparing(Suspect::lastReportedAt, Comparator.reverseOrder()))
                    .toList();
            int from = Math.min(matching.size(), page * size);
            return new PageImpl<>(matching.subList(from, Math.min(matching.size(), from + size)),
                    PageRequest.of(page, size), matching.size());
        }

        @Override
        public synchronized List<SuspectReport> reportsOf(long suspectId, int limit) {
            requireSuspect(suspectId);
            return reports.stream().filter(report -> report.suspectId() == suspectId)
                    .sorted(Comparator.comparingLong(SuspectReport::id).reversed()).limit(limit).toList();
        }

        @Override
        public synchronized Suspect setStatus(long suspectId, SuspectStatus status, String actor) {
            Suspect known = requireSuspect(suspectId);
            Suspect changed = new Suspect(known.id(), known.kind(), known.value(), known.display(), known.reports(),
                    known.firstReportedAt(), known.lastReportedAt(), status, actor);
            suspects.put(known.kind() + ":" + known.value(), changed);
            return changed;
        }

        /** The suspect reported for {@code value} (as the verifier normalised it), for tests to look at. */
        public synchronized Optional<Suspect> find(String value) {
            return suspects.values().stream().filter(suspect -> suspect.value().equals(value)).findFirst();
        }

        private Suspect requireSuspect(long id) {
            return suspects.values().stream().filter(suspect -> suspect.id() == id).findFirst()
                    .orElseThrow(() -> new SuspectNotFoundException(id));
        }
    }
}
