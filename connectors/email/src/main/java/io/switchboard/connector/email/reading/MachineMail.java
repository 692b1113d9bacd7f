package io.switchboard.connector.email.reading;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail that a machine sent, which must never get an answer (RFC 3834), and mail that claims one of the
 * exchange's domains but fails the sender checks.
 */
public final class MachineMail {

    private static final Pattern MACHINE_SENDER = Pattern.compile("^(mailer-daemon|postmaster|no-?reply|no_reply"
            + "|do-?not-?reply)([-+._].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MASS_PRECEDENCE = Pattern.compile("^(bulk|junk|list|auto_reply)$", Pattern.CASE_INSENSITIVE);
    /** One method's result in Authentication-Results (RFC 8601): "dkim=pass header.d=novaex.com". */
    private static final Pattern RESULT = Pattern.compile("\\b(spf|dkim|dmarc)\\s*=\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNING_DOMAIN = Pattern.compile("\\bheader\\.(?:d|i)\\s*=\\s*@?([^\\s;]+)", Pattern.CASE_INSENSITIVE);

    private MachineMail() {
    }

    /**
     * Why this mail must not be answered, read from its headers alone: a bounce or other delivery report,
     * an empty Return-Path, {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply}/{@code
     * X-Autorespond}, {@code Precedence: bulk/junk/list}, {@code List-Id}, a mailer-daemon, postmaster or
     * no-reply sender, as a {@link NoAnswerReason} code and its detail. Empty for mail a person wrote ({@code List-Unsubscribe} alone is not enough: some mail
     * services add it to personal mail too).
     */
    public static Optional<String> noAnswerReason(ReadMail mail) {
        if (mail.bounce() != null) {
            return Optional.of(NoAnswerReason.BOUNCE.with(mail.bounce().reason()));
        }
        String contentType = mail.header("content-type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
            return Optional.of(NoAnswerReason.REPORT.code());
        }
        String returnPath = mail.header("return-path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of(NoAnswerReason.EMPTY_RETURN_PATH.code());
        }
        String autoSubmitted = mail.header("auto-submitted");
        if (autoSubmitted != null && !autoSubmitted.split(";")[0].strip().equalsIgnoreCase("no")) {
            return Optional.of(NoAnswerReason.AUTO_SUBMITTED.with(autoSubmitted.strip()));
        }
        for (String autoreply : List.of("x-autoreply", "x-autorespond")) {
            if (mail.header(autoreply) != null) {
                return Optional.of(NoAnswerReason.AUTO_REPLY_HEADER.with(autoreply.equals("x-autoreply") ? "X-Autoreply" : "X-Autorespond"));
            }
        }
        String precedence = mail.header("precedence");
        if (precedence != null && MASS_PRECEDENCE.matcher(precedence.strip()).matches()) {
            return Optional.of(NoAnswerReason.PRECEDENCE.with(precedence.strip()));
        }
        String listId = mail.header("list-id");
        if (listId != null) {
            return Optional.of(NoAnswerReason.LIST.with(listId.strip()));
        }
        String local = mail.from().address().substring(0, Math.max(0, mail.from().address().indexOf('@')));
        if (MACHINE_SENDER.matcher(local).matches()) {
            return Optional.of(NoAnswerReason.UNREAD_SENDER.with(mail.from().address()));
        }
        return Optional.empty();
    }

    /**
     * Why a mail that claims one of our domains in its From is not from us: the receiving server's
     * {@code Authentication-Results} say DMARC failed, or SPF failed (or soft-failed) with no passing DKIM
     * signature of the claimed domain. Empty when it passes, claims no domain of ours, or carries no results.
     */
    public static Optional<String> impersonation(ReadMail mail, Collection<String> ownDomains) {
        String domain = mail.from().domain();
        Optional<String> claimed = ownDomains.stream().map(own -> own.strip().toLowerCase(Locale.ROOT))
                .filter(own -> !own.isEmpty() && (domain.equals(own) || domain.endsWith("." + own))).findFirst();
        // Only the topmost Authentication-Results counts: our receiving server adds it above everything else,
        // while any lower one came with the mail and can be written by the sender to look like a pass.
        String results = mail.header("authentication-results");
        if (claimed.isEmpty() || results == null) {
            return Optional.empty();
        }
        String withoutComments = results.replaceAll("\\([^()]*\\)", " ");
        String[] parts = withoutComments.split(";");
        String server = parts[0].strip().split("\\s+")[0];
        String spf = null;
        boolean dmarcFailed = false;
        boolean dkimOfClaimedDomain = false;
        for (int i = 1; i < parts.length; i++) {
            Matcher result = RESULT.matcher(parts[i]);
            if (!result.find()) {
                continue;
            }
            String method = result.group(1).toLowerCase(Locale.ROOT);
            String verdict = result.group(2).toLowerCase(Locale.ROOT);
            if (method.equals("dmarc")) {
                dmarcFailed |= verdict.equals("fail");
            } else if (method.equals("spf")) {
                spf = verdict;
            } else if (verdict.equals("pass")) {
                Matcher signer = SIGNING_DOMAIN.matcher(parts[i]);
                String signed = signer.find() ? signer.group(1).toLowerCase(Locale.ROOT) : "";
                signed = signed.substring(signed.lastIndexOf('@') + 1);
                dkimOfClaimedDomain |= signed.equals(domain) || signed.equals(claimed.get());
            }
        }
        String at = " (Authentication-Results of " + server + ")";
        if (dmarcFailed) {
            return Optional.of("claims " + domain + " but DMARC failed" + at);
        }
        if (("fail".equals(spf) || "softfail".equals(spf)) && !dkimOfClaimedDomain) {
            return Optional.of("claims " + domain + " but SPF " + ("fail".equals(spf) ? "failed" : "soft-failed")
                    + " and no DKIM signature of " + claimed.get() + " passed" + at);
        }
        return Optional.empty();
    }
}
