package io.switchboard.connector.email.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a member wrote this time, cut from the earlier conversation their client quoted below it and from
 * their signature. Recognizes the quote headers of Gmail and Apple Mail ("On ... wrote:", also wrapped over
 * two lines), Outlook ("-----Original Message-----", the "From: / Sent: / Subject:" block, also in Chinese),
 * QQ and Foxmail ("----- 原始邮件 -----"), NetEase 163 ("在 ... 写道："), "> " quoted lines, the "-- "
 * signature line and the "Sent from my iPhone" lines of mobile clients. A forwarded mail is never cut (it is
 * what the member sends us), and a mail is never cut to nothing: when the cuts leave no words, the text is kept whole.
 */
final class ReplyText {

    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*-{2,}\\s*(original message|original|原始邮件|原邮件|回复的原邮件)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    /** Gmail "On Mon, 7 Dec 2026 at 10:00, Name <a@b> wrote:", Apple Mail "On 7 Dec 2026, at 10:00, ... wrote:". */
    private static final Pattern WROTE = Pattern.compile("^\\s*On\\s.*\\d.*\\swrote:\\s*$");
    /** 163 "在 2026-12-07 10:00:00，"x"<a@b> 写道：", Gmail in Chinese "Name <a@b> 于2026年12月7日周一 10:00写道：". */
    private static final Pattern WROTE_ZH = Pattern.compile("^.*\\d.*写道\\s*[:：]\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|发件人)\\s*\\*?\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SENT = Pattern.compile("^\\s*\\*?(sent|date|发送时间|时间|日期)\\s*\\*?\\s*[:：]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SUBJECT = Pattern.compile("^\\s*\\*?(subject|主题)\\s*\\*?\\s*[:：]", Pattern.CASE_INSENSITIVE);
    /** The line Outlook draws above its From/Sent block. */
    private static final Pattern RULE = Pattern.compile("^\\s*(_{8,}|-{8,})\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern MOBILE = Pattern.compile("^\\s*(sent from (my )?\\S.{0,40}|get outlook for \\S+"
            + "|发自(我的)?.{0,12}(iphone|ipad|android|手机|邮箱大师|邮箱|客户端|mail)|从我的.{0,12}发送)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Gmail, Outlook, Apple Mail and QQ put these above a forwarded mail: what follows is what the member sends us. */
    private static final Pattern FORWARD = Pattern.compile("^\\s*(-{2,}\\s*(forwarded message|转发的邮件|原始邮件已转发)\\s*-{2,}"
            + "|begin forwarded message:|-{2,}\\s*forwarded by.*)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("^\\s*(fwd?|转发)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final int HEADER_BLOCK_LINES = 6;
    private static final int LONGEST_ATTRIBUTION = 300;

    private ReplyText() {
    }

    /**
     * The text without the quoted conversation and the signature; the whole text when nothing would be left,
     * or when the subject says the mail forwards another one (a member forwarding a suspicious mail to us
     * means the forwarded mail).
     */
    static String visible(String text, String subject) {
        if (FORWARD_SUBJECT.matcher(subject).find()) {
            return text.strip();
        }
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        String above = own(lines.subList(0, quoteStart(lines)));
        if (!above.isEmpty()) {
            return above;
        }
        // Written below the quote (bottom-posting): drop the quote header and the quoted lines, keep the rest.
        List<String> unquoted = new ArrayList<>(lines);
        int start = quoteStart(lines);
        if (start < lines.size()) {
            unquoted.subList(start, Math.min(start + 2, lines.size())).replaceAll(line -> isHeaderLine(line) ? ">" : line);
        }
        String below = own(unquoted);
        return below.isEmpty() ? text.strip() : below;
    }

    /** The index of the first line of the quoted conversation; the number of lines when there is none. */
    private static int quoteStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FORWARD.matcher(line).matches()) {
                return lines.size();
            }
            String joined = i + 1 < lines.size() ? line + " " + lines.get(i + 1) : line;
            if (SEPARATOR.matcher(line).matches() || attribution(line)
                    || (line.strip().matches("^(On|在)\\s.*") && attribution(joined))) {
                return i;
            }
            if (HEADER_FROM.matcher(line).find() && headerBlockFollows(lines, i)) {
                int rule = i - 1;
                while (rule >= 0 && lines.get(rule).isBlank()) {
                    rule--;
                }
                return rule >= 0 && RULE.matcher(lines.get(rule)).matches() ? rule : i;
            }
        }
        return lines.size();
    }

    private static boolean attribution(String line) {
        return line.length() <= LONGEST_ATTRIBUTION && (WROTE.matcher(line).matches() || WROTE_ZH.matcher(line).matches());
    }

    private static boolean isHeaderLine(String line) {
        return SEPARATOR.matcher(line).matches() || attribution(line) || line.strip().matches("^(On|在)\\s.*");
    }

    private static boolean headerBlockFollows(List<String> lines, int from) {
        boolean sent = false;
        boolean subject = false;
        for (int i = from + 1; i < Math.min(lines.size(), from + 1 + HEADER_BLOCK_LINES); i++) {
            sent |= HEADER_SENT.matcher(lines.get(i)).find();
            subject |= HEADER_SUBJECT.matcher(lines.get(i)).find();
        }
        return sent && subject;
    }

    /** The lines without "> " quotes, the signature and a mobile client's "sent from" line, blank runs collapsed. */
    private static String own(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (SIGNATURE.matcher(kept.get(i)).matches()) {
                kept = new ArrayList<>(kept.subList(0, i));
                break;
            }
        }
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).isBlank() || MOBILE.matcher(kept.get(kept.size() - 1)).matches())) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept).replaceAll("\\n{3,}", "\n\n").strip();
    }
}
