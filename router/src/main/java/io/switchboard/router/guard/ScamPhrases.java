package io.switchboard.router.guard;

import com.ibm.icu.text.Normalizer2;
import io.switchboard.core.guard.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What scammers write, sentence by sentence: requests for a seed phrase or private key, offers of
 * support in private, "send 1 get 2" giveaways and wallet-connect lures. A sentence that warns,
 * asks whether something is safe, reports what someone else asked, or talks about the writer's own
 * keys ("never share your seed phrase", "有人私聊我说是客服，是真的吗", "how do I import my
 * seed phrase") is no scam, and is left alone.
 */
final class ScamPhrases {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？\\n]+(?=\\s|$|\\p{IsHan})|[!?。！？\\n]+");

    /** Warnings, doubts, reports and the writer's own keys. */
    private static final Pattern NOT_A_SCAM = Pattern.compile(String.join("|",
            "\\bnever\\b", "\\bdon'?t\\b", "\\bdo not\\b", "\\bno one\\b", "\\bnobody\\b", "\\bwon'?t\\b",
            "\\bwill not\\b", "\\bshould(n'?t| not)?\\s+i\\b", "\\bscam", "\\bfake\\b", "\\bphish", "\\bbeware\\b",
            "\\bcareful\\b", "\\bwarning\\b", "\\balert\\b", "\\breport", "\\bsafe\\?", "\\blegit\\b", "\\breal\\?",
            "\\bis (this|it|that) (safe|real|true)\\b", "\\b(how|where) (do|can|should) (i|we)\\b",
            "\\bmy (own )?(seed|recovery|private|wallet|keys?|mnemonic|phrase|12|24)", "\\bsomeone (sent|asked|told|dm'?d|messaged|wants)\\b", "\\basked me\\b",
            "\\basking (me|people|for my)\\b", "\\b(got|received|getting) an? (dm|pm|message|email|call)\\b", "\\bdifference\\b", "\\bimpersonat",
            "不要", "别(告诉|发|给|信|相信|点|连接|私聊|输入|泄露|透露)", "切勿", "千万", "绝不", "不会(?!的)", "永远不",
            "骗", "假的", "假冒", "冒充", "小心", "警惕", "举报", "真的吗", "是真的", "靠谱吗", "安全吗", "可信吗", "有人(私聊|私信|让|叫|发|说|问|找|加)",
            "有个人", "让我", "叫我", "我的(助记词|私钥|秘钥|密钥|钱包)", "吗"));

    private static final String SECRET_EN = "(seed|recovery|secret|backup|wallet|mnemonic)\\s*(phrase|words?)"
            + "|\\bmnemonic|private\\s*keys?|\\b(12|24)[- ]?words?";
    private static final Pattern SECRET_REQUEST_EN = Pattern.compile("\\b(send|give|share|provide|enter|type|paste"
            + "|submit|input|import|fill|upload|forward|tell|verify|validate|sync|dm|pm|message)\\b.*(" + SECRET_EN
            + ")|(" + SECRET_EN + ").*\\b(to|with) (us|me|our|the (agent|admin|bot|support|form|team))\\b"
            + "|\\b(need|require)s?\\s+(your|ur)\\b.*(" + SECRET_EN + ")");
    private static final Pattern SECRET_REQUEST_ZH = Pattern.compile("(发|提供|输入|填写|填入|告诉|私信|给|导入|提交"
            + "|验证|同步|上传|粘贴)[^，,]{0,12}(助记词|私钥|秘钥|密钥|恢复短语|恢复词|种子短语)"
            + "|(助记词|私钥|秘钥|密钥|恢复短语|恢复词|种子短语)[^，,]{0,8}(发|提供|输入|填写|填到|填入|告诉|私信|给|导入|提交)");

    private static final Pattern PRIVATE_CONTACT_EN = Pattern.compile(
            "\\b(dm|pm|inbox|message|msg|text|contact|write to|reach out to|add)\\s+(me|us)\\b|\\bhit (me|us) up\\b");
    private static final Pattern SUPPORT_OFFER_EN = Pattern.compile("\\b(help|support|assist|fix|resolve|solve|sort"
            + "|recover|refund|issues?|problems?|case|admin|agent|team|privately|directly)\\b");
    /** A member asking staff to write to them ("can support DM me?") is no scammer. */
    private static final Pattern ASKING_TO_BE_CONTACTED_EN = Pattern.compile(
            "\\b(can|could|would|will)\\s+(someone|anyone|an? \\w+|support|admin|you|the team)\\b");
    private static final Pattern PRIVATE_CONTACT_ZH = Pattern.compile(
            "私聊我|私信我|私我|加我|联系我|找我|滴滴我|戳我|(pm|dm)我");
    private static final Pattern SUPPORT_OFFER_ZH = Pattern.compile(
            "帮|处理|解决|办理|退款|解冻|找回|恢复|加急|客服|问题|不到账|卡住|售后");
    private static final Pattern ASKING_TO_BE_CONTACTED_ZH = Pattern.compile("能不能|可不可以|能否|麻烦");

    private static final String COIN = "(btc|eth|usdt|usdc|bnb|sol|trx|xrp|doge|ton|nvx|u|coins?|bitcoin|ether)";
    private static final Pattern GIVEAWAY_EN = Pattern.compile(
            "\\bsend\\s+(any amount|\\d+(\\.\\d+)?\\s*" + COIN + "\\b).{0,60}?\\b(get|receive|send back|sent back"
                    + "|back|return(ed)?)\\b.{0,20}?(\\d|2x|x2|double|twice)"
                    + "|\\bdouble\\s+(your|ur)\\s+(" + COIN + "|crypto|money|deposit|funds)"
                    + "|\\b(get|receive)\\s+(2x|x2|double|twice)\\s+back");
    private static final Pattern GIVEAWAY_ZH = Pattern.compile(
            "(转入|转账|转|发送|充值|充|打入|存入)\\s*\\d+(\\.\\d+)?\\s*(个|枚)?\\s*" + COIN.replace(")", "|币|比特币|以太坊)")
                    + "?.{0,12}?(返|返还|得|送|回|获得)\\s*\\d+"
                    + "|(双倍|翻倍|加倍|两倍|2倍)(返还|返|奖励|回馈)|返还双倍");

    private static final Pattern WALLET_LURE_EN = Pattern.compile(
            "(\\b(connect|link|sync|validate|verify|rectify|authori[sz]e|import)\\s+(your |ur |the )?wallets?\\b"
                    + "|\\bwalletconnect\\b|\\bwallets?\\s+(needs?|requires?)\\s+(validation|verification|sync))"
                    + ".*\\b(claim|airdrop|reward|bonus|unlock|avoid|suspension|validation|gas|dapp|fix|solved"
                    + "|restore|eligible|whitelist|sync)"
                    + "|\\b(claim|airdrop|reward|bonus|unlock|eligible|whitelist)\\b.*\\b(connect|link|sync|validate"
                    + "|verify|authori[sz]e)\\s+(your |ur |the )?wallets?\\b");
    private static final Pattern WALLET_LURE_ZH = Pattern.compile(
            "((连接|链接|授权|绑定|同步|验证|导入)\\s*(你的|您的)?钱包|钱包\\s*(授权|连接|验证|同步))"
                    + ".*(领取|领|空投|补贴|奖励|到账|解锁|解冻|激活|返)"
                    + "|(领取|空投|补贴|奖励)[^。]*((连接|链接|授权|绑定)\\s*(你的|您的)?钱包|钱包\\s*(授权|连接))");

    List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(NFKC.normalize(text).toLowerCase(Locale.ROOT))) {
            if (sentence.isBlank() || NOT_A_SCAM.matcher(sentence).find()) {
                continue;
            }
            if (SECRET_REQUEST_EN.matcher(sentence).find() || SECRET_REQUEST_ZH.matcher(sentence).find()) {
                findings.add(new Finding("message.secret-request", Severity.HIGH,
                        "asks for a seed phrase or private key: \"" + sentence.strip() + "\""));
            }
            if (offersPrivateSupport(sentence)) {
                findings.add(new Finding("message.private-support", Severity.MEDIUM,
                        "offers support in private messages: \"" + sentence.strip() + "\""));
            }
            if (GIVEAWAY_EN.matcher(sentence).find() || GIVEAWAY_ZH.matcher(sentence).find()) {
                findings.add(new Finding("message.giveaway", Severity.HIGH,
                        "promises to send back more crypto than is sent: \"" + sentence.strip() + "\""));
            }
            if (WALLET_LURE_EN.matcher(sentence).find() || WALLET_LURE_ZH.matcher(sentence).find()) {
                findings.add(new Finding("message.wallet-lure", Severity.HIGH,
                        "asks to connect or authorise a wallet for a reward or a fix: \"" + sentence.strip() + "\""));
            }
        }
        return findings;
    }

    private static boolean offersPrivateSupport(String sentence) {
        return PRIVATE_CONTACT_EN.matcher(sentence).find() && SUPPORT_OFFER_EN.matcher(sentence).find()
                        && !ASKING_TO_BE_CONTACTED_EN.matcher(sentence).find()
                || PRIVATE_CONTACT_ZH.matcher(sentence).find() && SUPPORT_OFFER_ZH.matcher(sentence).find()
                        && !ASKING_TO_BE_CONTACTED_ZH.matcher(sentence).find();
    }
}
