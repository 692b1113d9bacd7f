package io.switchboard.router.testing;

import io.switchboard.verify.check.Reason;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verification;
import io.switchboard.verify.check.VerificationWording;
import java.util.List;
import java.util.Locale;

/**
 * Plain wording in place of the verify module's: the verdict and the entry's label, the reason codes, the advice.
 * Enough for the router's tests to see which verdict went where and in which language.
 */
public final class TestWording implements VerificationWording {

    public static final String TRUST_EN = "Only trust channels listed at https://help.example.com/verify";
    public static final String TRUST_ZH = "请只信任 https://help.example.com/verify 列出的渠道";
    public static final String ADVICE_EN = "Do not send money, codes or keys; report it.";

    @Override
    public Wording describe(Verification verification, Locale locale) {
        boolean zh = isChinese(locale);
        String headline = switch (verification.verdict()) {
            case OFFICIAL -> (zh ? "官方：" : "Official: ") + verification.official().label();
            case NOT_OFFICIAL -> zh ? "非官方" : "NOT official";
            case NOT_UNDERSTOOD -> zh ? "无法识别" : "Not understood";
        };
        List<String> details = verification.reasons().stream().map(TestWording::detail).toList();
        String advice = verification.verdict() != Verdict.NOT_OFFICIAL ? ""
                : zh ? "不要转账、不要提供验证码或密钥；请举报。" : ADVICE_EN;
        return new Wording(headline, details, advice);
    }

    @Override
    public String trustLine(Locale locale) {
        return isChinese(locale) ? TRUST_ZH : TRUST_EN;
    }

    private static String detail(Reason reason) {
        return reason.subject() == null ? reason.code().name() : reason.code() + " " + reason.subject();
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
