package io.switchboard.router.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.guard.ExtraPattern;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScamDetectorTest {

    private static final GuardRules RULES = new GuardRules(List.of("NovaEx"), List.of("Mia Zhang", "小林"),
            List.of("novaex.com"), List.of("NovaEx_Support"), List.of());
    private final ScamDetector detector = new ScamDetector(RULES);

    private List<String> nameRules(String name) {
        return detector.checkName(name, null).stream().map(Finding::rule).toList();
    }

    private List<String> messageRules(String text) {
        return detector.checkMessage(text).stream().map(Finding::rule).toList();
    }

    @Nested
    class Names {

        @ParameterizedTest
        @ValueSource(strings = {"NovaEx Support", "n0vaex", "N o v a E x", "NOVA_EX_ADMIN", "Nоvаеx", "ＮｏｖａＥｘ",
            "NοvαΕx Team", "Nova3x Official", "NovaEx客服", "NovEx Helpdesk", "novaex_supp0rt"})
        void theBrandImitatedWithCaseSpacingDigitsOrHomoglyphsIsFlaggedHigh(String name) {
            List<Finding> findings = detector.checkName(name, null);

            assertThat(findings).extracting(Finding::rule).containsExactly("name.brand");
            assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
            assertThat(findings.get(0).explanation()).contains(name, "NovaEx");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Novak", "nova_trader", "Supernova", "Novaes Carlos", "NovaEx fan", "Mia", "Mia Chen",
            "Adminton Smith", "Support Vector Machine", "小林子", "李明"})
        void similarButInnocentNamesAreLeftAlone(String name) {
            assertThat(detector.checkName(name, name.toLowerCase().replace(' ', '_'))).isEmpty();
        }

        @Test
        void aStaffMembersNameWithATitleIsHighAloneItIsForModeratorsToLookAt() {
            assertThat(detector.checkName("M1a Zhang | Admin", null)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
            assertThat(detector.checkName("Mia Zhang", null)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
            assertThat(nameRules("客服小林")).containsExactly("name.staff");
            assertThat(nameRules("小林")).as("a common short name alone").isEmpty();
        }

        @Test
        void aNameOfNothingButStaffTitlesIsFlagged() {
            assertThat(nameRules("在线客服")).containsExactly("name.title");
            assertThat(nameRules("Admin 01")).containsExactly("name.title");
            assertThat(nameRules("Customer Support")).containsExactly("name.title");
        }

        @Test
        void theUsernameIsCheckedTooAndTheOfficialAccountIsNever() {
            assertThat(detector.checkName("Alex", "NovaEx_Official_Help")).extracting(Finding::rule)
                    .containsExactly("name.brand");
            assertThat(detector.checkName("NovaEx Support", "NovaEx_Support")).isEmpty();
            assertThat(detector.checkName("NovaEx Support", "@novaex_support")).isEmpty();
        }
    }

    @Nested
    class Links {

        @ParameterizedTest
        @ValueSource(strings = {"verify at https://novaex-verify.com/login", "claim at novaex.com.bonus.top",
            "new site www.n0vaex.com", "https://novaexx.com/reward", "https://nоvaex.com/withdraw",
            "https://xn--nvaex-1ta.com", "go to support-novaex.net", "mirror: https://nvoaex.com"})
        void aDomainImitatingTheExchangesIsFlaggedHigh(String text) {
            List<Finding> findings = detector.checkMessage(text);

            assertThat(findings).extracting(Finding::rule).containsExactly("link.lookalike");
            assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void theExchangesOwnDomainsAndOtherSitesAreFine() {
            assertThat(detector.checkMessage("help: https://www.novaex.com/help?x=1 and https://download.novaex.com"))
                    .isEmpty();
            assertThat(detector.checkMessage("mail support@novaex.com, chart on tradingview.com, tx etherscan.io/tx/1"))
                    .isEmpty();
        }

        @Test
        void shortenersAndForeignScriptDomainsAreMedium() {
            assertThat(detector.checkMessage("promo: bit.ly/3xyz")).singleElement()
                    .satisfies(f -> assertThat(f).extracting(Finding::rule, Finding::severity)
                            .containsExactly("link.shortener", Severity.MEDIUM));
            assertThat(messageRules("look: https://пример.рф/x")).containsExactly("link.punycode");
        }

        @Test
        void referringPeopleToAnAccountNamedLikeTheBrandIsFlaggedTheOfficialOneIsNot() {
            assertThat(messageRules("contact @NovaEx_Helpdesk_Live for a refund")).containsExactly("link.fake-account");
            assertThat(messageRules("join t.me/novaex_kefu_online")).containsExactly("link.fake-account");
            assertThat(detector.checkMessage("write to @NovaEx_Support or t.me/NovaEx_Support")).isEmpty();
        }

        @Test
        void aMemberAskingWhetherALinkIsSafeIsLeftAlone() {
            assertThat(detector.checkMessage("someone sent me novaex-verify.com, is this link safe?")).isEmpty();
            assertThat(detector.checkMessage("这个网址 novaex-kyc.com 是官方的吗？")).isEmpty();
        }
    }

    @Nested
    class Messages {

        @Test
        void requestsForSeedPhrasesOrPrivateKeysAreHigh() {
            assertThat(messageRules("Enter your seed phrase in the form to sync your wallet"))
                    .containsExactly("message.secret-request");
            assertThat(messageRules("请提供您的助记词，我们帮您找回资产")).containsExactly("message.secret-request");
            assertThat(messageRules("把私钥发给我，我帮你解冻账户")).contains("message.secret-request");
        }

        @Test
        void warningsAndQuestionsAboutSeedPhrasesAreLeftAlone() {
            assertThat(detector.checkMessage("Never share your seed phrase with anyone, not even staff.")).isEmpty();
            assertThat(detector.checkMessage("助记词千万不要告诉任何人，官方不会问你要")).isEmpty();
            assertThat(detector.checkMessage("how do I import my seed phrase into the app?")).isEmpty();
            assertThat(detector.checkMessage("有人让我把助记词发给他，这是不是骗子")).isEmpty();
        }

        @Test
        void offersOfSupportInPrivateAreMediumAMemberAskingToBeContactedIsNot() {
            assertThat(detector.checkMessage("DM me for support, I'm an admin")).singleElement()
                    .satisfies(f -> assertThat(f).extracting(Finding::rule, Finding::severity)
                            .containsExactly("message.private-support", Severity.MEDIUM));
            assertThat(messageRules("提现不到账的私信我，帮你加急处理")).containsExactly("message.private-support");
            assertThat(detector.checkMessage("can someone from support DM me? ticket #5521")).isEmpty();
            assertThat(detector.checkMessage("客服能不能私信我一下，我的工单号是 88213")).isEmpty();
            assertThat(detector.checkMessage("dm me the meme template pls")).isEmpty();
        }

        @Test
        void giveawaysThatPayBackMoreAreHigh() {
            assertThat(messageRules("MEGA GIVEAWAY: send 1 ETH and get 2 ETH back!")).containsExactly("message.giveaway");
            assertThat(messageRules("官方活动：转入1000 USDT 双倍返还！")).containsExactly("message.giveaway");
            assertThat(detector.checkMessage("send 2 more memes and I'll get 3 friends to join")).isEmpty();
            assertThat(detector.checkMessage("这个双倍返还的活动是骗局吧？")).isEmpty();
        }

        @Test
        void walletConnectLuresAreHighConnectingOnesOwnWalletIsNot() {
            assertThat(messageRules("Connect your wallet at the airdrop page to claim your reward"))
                    .containsExactly("message.wallet-lure");
            assertThat(messageRules("钱包授权后领取500U补贴")).containsExactly("message.wallet-lure");
            assertThat(detector.checkMessage("do I need to connect my wallet to deposit?")).isEmpty();
        }

        @Test
        void ordinaryMessagesHaveNoFindings() {
            assertThat(detector.checkMessage("my withdrawal has been pending for 3 hours, can someone check?")).isEmpty();
            assertThat(detector.checkMessage("充值USDT没到账，TXID已经提交了")).isEmpty();
            assertThat(detector.checkMessage("BTC to the moon 🚀")).isEmpty();
        }
    }

    @Nested
    class ExtraPatterns {

        @Test
        void aManagersPatternMatchesTheFoldedTextAndNamesItsRule() {
            ScamDetector withPattern = new ScamDetector(new GuardRules(RULES.brandNames(), RULES.staffNames(),
                    RULES.allowedDomains(), RULES.allowedHandles(), List.of(new ExtraPattern("pig-butchering",
                            ExtraPattern.Target.MESSAGE, "guaranteed (dally )?proflt", Severity.MEDIUM,
                            "promises guaranteed profit"))));

            assertThat(withPattern.checkMessage("GUARANTEED DAILY PR0FIT join my group")).singleElement()
                    .satisfies(f -> assertThat(f).extracting(Finding::rule, Finding::explanation)
                            .containsExactly("custom.pig-butchering", "promises guaranteed profit"));
            assertThat(withPattern.checkName("guaranteed profit", null)).as("a message pattern, not a name one")
                    .isEmpty();
        }

        @Test
        void anInvalidPatternIsRefusedWithItsName() {
            assertThatThrownBy(() -> new ScamDetector(new GuardRules(List.of("NovaEx"), List.of(), List.of(), List.of(),
                    List.of(new ExtraPattern("broken", ExtraPattern.Target.NAME, "(unclosed", Severity.LOW, null)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'broken'");
        }
    }
}
