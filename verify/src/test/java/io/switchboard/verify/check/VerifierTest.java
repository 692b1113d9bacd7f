package io.switchboard.verify.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.verify.VerifyTestApp;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What a person pasting into the verification box is told, on the demo exchange's registry. */
@SpringBootTest(classes = VerifyTestApp.class)
class VerifierTest {

    @Autowired
    Verifier verifier;

    @Autowired
    VerificationWording wording;

    @ParameterizedTest
    @ValueSource(strings = {"+86 400-123-4567", "4001234567", "(400) 123 4567", "0086 400 123 4567",
        "tel:+864001234567", "400.123.4567", "４００１２３４５６７", "+86 (400) 1234567", "+86 400 123 4567."})
    void theMainlandHotlineIsOfficialHoweverItIsWritten(String written) {
        Verification verification = verifier.check(written);

        assertThat(verification.verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verification.normalized()).isEqualTo("+864001234567");
        assertThat(verification.official().region()).isEqualTo("Mainland China");
        assertThat(wording.describe(verification, Locale.ENGLISH).details())
                .contains("Region: Mainland China", "Hours: 24/7");
    }

    @Test
    void localNumbersAreReadAsTheRegisteredLinesRegionsDialThem() {
        assertThat(verifier.check("3001 2345").official().region()).isEqualTo("Hong Kong");
        assertThat(verifier.check("6123-4567").official().region()).isEqualTo("Singapore");
        assertThat(verifier.check("+852 6123 4567").verdict()).isEqualTo(Verdict.NOT_OFFICIAL);
    }

    @Test
    void aNumberOneDigitOffAHotlineIsCalledALookalike() {
        Verification verification = verifier.check("+86 400 123 4568");

        assertThat(verification.verdict()).isEqualTo(Verdict.NOT_OFFICIAL);
        assertThat(verification.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.LOOKALIKE, ReasonCode.UNKNOWN_NUMBER);
        assertThat(wording.describe(verification, Locale.ENGLISH).details().get(0))
                .isEqualTo("It looks like our +86 400 123 4567, but it is not.");
        assertThat(verifier.check("+86 138 0013 8000").reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.UNKNOWN_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"novaex.com", "https://www.novaex.com/login?next=/wallet", "APP.NOVAEX.COM", "novaex.hk/",
        "http://help.novaex.hk/zh/articles/1", "novaex.com."})
    void theWebsitesAndTheirSubdomainsAreOfficial(String written) {
        assertThat(verifier.check(written).verdict()).isEqualTo(Verdict.OFFICIAL);
    }

    @Test
    void domainsThatBorrowTheNameAreNotOfficialAndSayWhy() {
        assertThat(verifier.check("https://novaex.com.security-check.io/login").reasons())
                .containsExactly(new Reason(ReasonCode.BRAND_IN_OTHER_DOMAIN, "novaex.com"));
        assertThat(codes("novaex-verify.com")).containsExactly(ReasonCode.BRAND_IN_OTHER_DOMAIN);
        assertThat(codes("n0vaex.com")).containsExactly(ReasonCode.LOOKALIKE);
        assertThat(codes("novaexx.com")).containsExactly(ReasonCode.LOOKALIKE);
        assertThat(codes("novaex.net")).containsExactly(ReasonCode.LOOKALIKE);
        assertThat(codes("nоvaex.com")).as("Cyrillic о").containsExactly(ReasonCode.LOOKALIKE, ReasonCode.OTHER_SCRIPT);
        assertThat(codes("bit.ly/3xYz")).containsExactly(ReasonCode.SHORTENER);
        assertThat(codes("google.com")).containsExactly(ReasonCode.NOT_REGISTERED);
    }

    @Test
    void accountsAreComparedWithoutCaseAtOrLinkPrefix() {
        assertThat(verifier.check("@NovaEx").official().label()).isEqualTo("Announcements channel");
        assertThat(verifier.check("https://t.me/NovaExSupportBot").kind()).isEqualTo(QueryKind.TELEGRAM);
        assertThat(verifier.check("https://t.me/NovaExSupportBot").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("twitter.com/novaexsupport/status/123").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("https://www.facebook.com/novaexofficial").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("t.me/mia_novaex").official().staffName()).isEqualTo("Mia Zhang");
    }

    @Test
    void accountsNamedLikeTheExchangeOrItsStaffAreNotOfficial() {
        assertThat(verifier.check("@NovaEx_Helpdesk").reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.LOOKALIKE);
        assertThat(verifier.check("t.me/novaex_kefu").verdict()).isEqualTo(Verdict.NOT_OFFICIAL);
        assertThat(verifier.check("@mia_novaex_official").reasons())
                .containsExactly(new Reason(ReasonCode.NOT_A_STAFF_ACCOUNT, "Mia Zhang"));
        assertThat(verifier.check("t.me/kevinlau_nx1").reasons())
                .containsExactly(new Reason(ReasonCode.NOT_A_STAFF_ACCOUNT, "Kevin Lau"));
        assertThat(verifier.check("x.com/NovaEx").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("x.com/novaex_cn").verdict()).as("a Telegram group's name on X")
                .isEqualTo(Verdict.NOT_OFFICIAL);
    }

    @Test
    void mailboxesAndTheSendingDomainAreOfficialOtherAddressesNot() {
        assertThat(verifier.check("Support@NovaEx.com").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("mailto:no-reply@mail.novaex.com").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("NovaEx Support <support@novaex.com>").verdict()).isEqualTo(Verdict.OFFICIAL);
        assertThat(verifier.check("security@novaex.com").reasons())
                .containsExactly(new Reason(ReasonCode.NOT_REGISTERED, "novaex.com"));
        assertThat(codes("novaex.support@gmail.com")).containsExactly(ReasonCode.BRAND_IN_OTHER_DOMAIN);
        assertThat(codes("support@novaex-help.com")).containsExactly(ReasonCode.BRAND_IN_OTHER_DOMAIN);
    }

    @Test
    void whatCannotBeCheckedGetsAClearAnswerNeverAnError() {
        assertThat(codes("")).containsExactly(ReasonCode.EMPTY);
        assertThat(codes("   ")).containsExactly(ReasonCode.EMPTY);
        assertThat(codes(null)).containsExactly(ReasonCode.EMPTY);
        assertThat(codes("x".repeat(Verifier.MAX_QUERY_LENGTH + 1))).containsExactly(ReasonCode.TOO_LONG);
        assertThat(codes("abc\u0000\u0001def")).containsExactly(ReasonCode.NOT_TEXT);
        assertThat(codes("is this real?")).containsExactly(ReasonCode.NO_KIND);
        assertThat(codes("javascript:alert(1)")).containsExactly(ReasonCode.NO_KIND);
        Verification unclear = verifier.check("is this real?");
        assertThat(unclear.verdict()).isEqualTo(Verdict.NOT_UNDERSTOOD);
        assertThat(wording.describe(unclear, Locale.CHINESE).headline()).isEqualTo("没有可查询的内容");
    }

    @Test
    void aForwardedMessageHasEachOfItsThingsChecked() {
        List<Verification> checked = verifier.checkText("NovaEx support here. Your account is frozen: call "
                + "+86 400 999 0000 or log in at https://novaex-verify.com/unlock, questions to @NovaEx_Helpdesk "
                + "or support@novaex.com. Claim here", List.of("https://n0vaex.com/claim"));

        assertThat(checked).extracting(Verification::kind).containsExactly(QueryKind.PHONE, QueryKind.WEBSITE,
                QueryKind.HANDLE, QueryKind.EMAIL, QueryKind.WEBSITE);
        assertThat(checked).extracting(Verification::verdict).containsExactly(Verdict.NOT_OFFICIAL,
                Verdict.NOT_OFFICIAL, Verdict.NOT_OFFICIAL, Verdict.OFFICIAL, Verdict.NOT_OFFICIAL);
        assertThat(verifier.checkText("nothing to see here, thanks!", List.of())).isEmpty();
    }

    @Test
    void theWordsAreChineseOrEnglish() {
        Verification fake = verifier.check("novaex.com.security-check.io");

        assertThat(wording.describe(fake, Locale.ENGLISH).headline()).isEqualTo("NOT official");
        assertThat(wording.describe(fake, Locale.SIMPLIFIED_CHINESE).headline()).isEqualTo("不是官方渠道");
        assertThat(wording.describe(fake, Locale.TRADITIONAL_CHINESE).details())
                .containsExactly("它把我们的名称（novaex.com）放在别人的地址里。");
        assertThat(wording.describe(fake, Locale.ENGLISH).details())
                .containsExactly("It puts our name (novaex.com) inside someone else's address.");
        assertThat(wording.describe(fake, Locale.ENGLISH).advice()).contains("Do not send money");
        assertThat(wording.trustLine(Locale.ENGLISH)).isEqualTo("Only trust channels listed at /verify");
    }

    private List<ReasonCode> codes(String query) {
        return verifier.check(query).reasons().stream().map(Reason::code).toList();
    }
}
