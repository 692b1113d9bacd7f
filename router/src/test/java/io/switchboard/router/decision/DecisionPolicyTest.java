package io.switchboard.router.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionPolicyTest {

    private static final AnswerDecision CONFIDENT = new AnswerDecision("deposit-arrival", 0.93, true,
            "Deposits are credited after 12 confirmations.", List.of(new Suggestion("deposit-arrival", 0.93)));
    private static final AnswerDecision NEAR_MISS = new AnswerDecision("withdrawal-delay", 0.41, false, null,
            List.of(new Suggestion("withdrawal-delay", 0.41)));
    private static final AnswerDecision NOTHING = AnswerDecision.none(List.of());

    private final DecisionPolicy policy = new DecisionPolicy();

    private static MessageFacts inPrivate(String text) {
        return new MessageFacts(text, true, false, false, false);
    }

    private static MessageFacts inGroup(String text, boolean addressed) {
        return new MessageFacts(text, false, addressed, false, false);
    }

    private static MessageFacts withButtons(String text) {
        return new MessageFacts(text, true, false, false, false, true);
    }

    private static MessageFacts withOpenTicket(MessageFacts facts) {
        return new MessageFacts(facts.text(), facts.privateChat(), facts.addressesBot(), facts.hasAttachments(), true,
                facts.choicesOffered());
    }

    /** E-mail: an answer ends "reply if it did not help and an agent will take over", so a reply hands over. */
    @Nested
    class RepliesToAnAnswerThatHandsOver {

        private MessageFacts reply(String text, boolean openTicket) {
            return new MessageFacts(text, true, true, false, openTicket, false, false, true);
        }

        @Test
        void aReplyAfterTheAnswerIsATicketSayingTheAnswerDidNotHelpEvenWhenTheEngineIsSureAgain() {
            assertThat(policy.decide(reply("still not working", false), NOTHING))
                    .isEqualTo(new Decision.Escalate(EscalationReason.ANSWER_REJECTED));
            assertThat(policy.decide(reply("my deposit is still not there", false), CONFIDENT))
                    .isEqualTo(new Decision.Escalate(EscalationReason.ANSWER_REJECTED));
        }

        @Test
        void aThreadWhoseTicketIsOpenJustGetsTheReply() {
            assertThat(policy.decide(reply("still not working", true), CONFIDENT)).isInstanceOf(Decision.Silent.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"thanks", "Thank you so much!", "ok", "谢谢", "hello"})
        void smallTalkAfterTheAnswerIsNeitherATicketNorAnsweredByMail(String text) {
            assertThat(policy.decide(reply(text, false), NOTHING)).isInstanceOf(Decision.Silent.class);
        }

        @Test
        void askingForAPersonStillSaysSo() {
            assertThat(policy.decide(reply("I want to talk to a human", false), NOTHING))
                    .isEqualTo(new Decision.Escalate(EscalationReason.HUMAN_REQUESTED));
        }
    }

    @Nested
    class FiledRequests {

        private MessageFacts filed(boolean openTicket) {
            return new MessageFacts("How long does a deposit take?", true, true, false, openTicket, false, true);
        }

        @Test
        void aFiledRequestIsATicketEvenWhenTheEngineIsSure() {
            assertThat(policy.decide(filed(false), CONFIDENT))
                    .isEqualTo(new Decision.Escalate(EscalationReason.REQUEST_FILED));
        }

        @Test
        void aFiledRequestWhoseThreadHasAnOpenTicketJoinsItQuietly() {
            assertThat(policy.decide(filed(true), NOTHING)).isInstanceOf(Decision.Silent.class);
        }
    }

    @Nested
    class PrivateChats {

        @Test
        void confidentAnswerIsSent() {
            Decision decision = policy.decide(inPrivate("How long does a deposit take?"), CONFIDENT);

            assertThat(decision).isEqualTo(new Decision.AutoAnswer("deposit-arrival", 0.93,
                    "Deposits are credited after 12 confirmations."));
        }

        @Test
        void questionWithoutConfidentAnswerBecomesTicket() {
            assertThat(policy.decide(inPrivate("My withdrawal has been pending for 3 days"), NEAR_MISS))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
            assertThat(policy.decide(inPrivate("我的账户被冻结了怎么办"), NOTHING))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
        }

        @Test
        void whereButtonsAreShownAnUnsureEngineOffersItsPlausibleArticles() {
            AnswerDecision unsure = new AnswerDecision("withdrawal-delay", 0.41, false, null, List.of(
                    new Suggestion("withdrawal-delay", 0.41), new Suggestion("withdrawal-fee", 0.30),
                    new Suggestion("deposit-arrival", 0.26), new Suggestion("withdrawal-limit", 0.25),
                    new Suggestion("trading-fees", 0.24)));

            assertThat(policy.decide(withButtons("my withdrawal is slow"), unsure))
                    .as("the best three from the floor up").isEqualTo(new Decision.Offer(List.of(
                            new Suggestion("withdrawal-delay", 0.41), new Suggestion("withdrawal-fee", 0.30),
                            new Suggestion("deposit-arrival", 0.26))));
        }

        @Test
        void noArticleAboveTheFloorStillBecomesATicketAtOnce() {
            AnswerDecision noise = AnswerDecision.none(List.of(new Suggestion("password-reset", 0.24)));

            assertThat(policy.decide(withButtons("why did my avatar disappear?"), noise))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
            assertThat(policy.decide(withButtons("talk to a human"), NEAR_MISS))
                    .isEqualTo(new Decision.Escalate(EscalationReason.HUMAN_REQUESTED));
            assertThat(policy.decide(withOpenTicket(withButtons("still slow")), NEAR_MISS))
                    .isInstanceOf(Decision.Silent.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"talk to a human", "Can I speak to a support agent?", "I want a REAL PERSON",
            "human agent please", "let me chat with someone", "connect me to customer service",
            "人工客服", "转人工", "我要人工", "真人客服", "请帮我联系客服"})
        void requestForHumanBecomesTicketEvenWhenEngineIsConfident(String text) {
            assertThat(policy.decide(inPrivate(text), CONFIDENT))
                    .isEqualTo(new Decision.Escalate(EscalationReason.HUMAN_REQUESTED));
        }

        @Test
        void artificialIntelligenceIsNotARequestForAHuman() {
            assertThat(policy.decide(inPrivate("你们用人工智能吗"), NOTHING))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"hi", "Hello!", "good morning :)", "你好", "您好！"})
        void greetingGetsCourtesyReplyNotTicket(String text) {
            assertThat(policy.decide(inPrivate(text), NOTHING)).isEqualTo(new Decision.Courtesy(SmallTalk.GREETING));
        }

        @ParameterizedTest
        @ValueSource(strings = {"thanks", "Thank you!!", "thx 🙏", "谢谢", "非常感谢！"})
        void thanksGetsCourtesyReplyNotTicket(String text) {
            assertThat(policy.decide(inPrivate(text), NOTHING)).isEqualTo(new Decision.Courtesy(SmallTalk.THANKS));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ok", "Got it.", "好的", "收到"})
        void acknowledgementNeedsNoReply(String text) {
            assertThat(policy.decide(inPrivate(text), NOTHING)).isInstanceOf(Decision.Silent.class);
        }

        @Test
        void greetingWithAQuestionIsAQuestion() {
            assertThat(policy.decide(inPrivate("hi, how do I withdraw USDT?"), NEAR_MISS))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/start", "/help", "/start ref_123", "/help@SwitchboardBot", "/START"})
        void startAndHelpCommandsAreWelcomed(String text) {
            assertThat(policy.decide(inPrivate(text), NOTHING)).isEqualTo(new Decision.Welcome());
        }

        @Test
        void screenshotWithoutTextIsEscalated() {
            MessageFacts screenshot = new MessageFacts("", true, false, true, false);

            assertThat(policy.decide(screenshot, NOTHING))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
        }

        @Test
        void emptyMessageIsIgnored() {
            assertThat(policy.decide(inPrivate("  "), NOTHING)).isInstanceOf(Decision.Silent.class);
        }
    }

    @Nested
    class Groups {

        @Test
        void chatterNotAddressedToBotStaysSilent() {
            assertThat(policy.decide(inGroup("anyone watching the BTC chart today?", false), NOTHING))
                    .isInstanceOf(Decision.Silent.class);
            assertThat(policy.decide(inGroup("withdrawals are so slow lol", false), NEAR_MISS))
                    .isInstanceOf(Decision.Silent.class);
        }

        @Test
        void requestForHumanNotAddressedToBotOpensNoTicket() {
            assertThat(policy.decide(inGroup("where is 人工客服 in this app", false), NOTHING))
                    .isInstanceOf(Decision.Silent.class);
            assertThat(policy.decide(inGroup("I'd rather talk to a human than a bot", false), NOTHING))
                    .isInstanceOf(Decision.Silent.class);
        }

        @Test
        void confidentAnswerIsGivenEvenWithoutMention() {
            assertThat(policy.decide(inGroup("how long does a deposit take", false), CONFIDENT))
                    .isInstanceOf(Decision.AutoAnswer.class);
        }

        @Test
        void mentionWithConfidentAnswerIsAnswered() {
            assertThat(policy.decide(inGroup("@SwitchboardBot how long does a deposit take", true), CONFIDENT))
                    .isInstanceOf(Decision.AutoAnswer.class);
        }

        @Test
        void mentionWithoutConfidentAnswerBecomesTicket() {
            assertThat(policy.decide(inGroup("@SwitchboardBot my withdrawal is stuck", true), NEAR_MISS))
                    .isEqualTo(new Decision.Escalate(EscalationReason.NO_CONFIDENT_ANSWER));
        }

        @Test
        void mentionAskingForHumanBecomesTicket() {
            assertThat(policy.decide(inGroup("@SwitchboardBot 转人工", true), NOTHING))
                    .isEqualTo(new Decision.Escalate(EscalationReason.HUMAN_REQUESTED));
        }

        @Test
        void thanksToTheBotGetsCourtesyButChatterThanksDoNot() {
            assertThat(policy.decide(inGroup("@SwitchboardBot thanks!", true), NOTHING))
                    .isEqualTo(new Decision.Courtesy(SmallTalk.THANKS));
            assertThat(policy.decide(inGroup("thanks", false), NOTHING)).isInstanceOf(Decision.Silent.class);
        }

        @Test
        void commandsForOtherBotsAreIgnored() {
            assertThat(policy.decide(inGroup("/start@SomeOtherBot", false), NOTHING))
                    .isInstanceOf(Decision.Silent.class);
        }
    }

    @Nested
    class ThreadsWithOpenTicket {

        @Test
        void furtherQuestionOpensNoSecondTicket() {
            assertThat(policy.decide(withOpenTicket(inPrivate("any news on my withdrawal?")), NEAR_MISS))
                    .isInstanceOf(Decision.Silent.class);
        }

        @Test
        void repeatedRequestForHumanOpensNoSecondTicket() {
            assertThat(policy.decide(withOpenTicket(inPrivate("人工客服")), NOTHING))
                    .isInstanceOf(Decision.Silent.class);
        }

        @Test
        void newConfidentAnswerIsStillGiven() {
            assertThat(policy.decide(withOpenTicket(inPrivate("and how long does a deposit take?")), CONFIDENT))
                    .isInstanceOf(Decision.AutoAnswer.class);
        }
    }

    @Nested
    class StatusRequests {

        @ParameterizedTest
        @ValueSource(strings = {"/status", "/STATUS", " /status ", "/status@NovaExSupportBot"})
        void theBareCommandAsksForTheLatestTickets(String text) {
            assertThat(policy.statusRequest(text, true, true)).hasValueSatisfying(request -> {
                assertThat(request.latest()).isTrue();
                assertThat(request.ticketId()).isEmpty();
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"/status T-123", "/status t-123", "/status@NovaExSupportBot T-123", "/status 123",
            "/status #123"})
        void aTicketNumberNamesOneTicket(String text) {
            assertThat(policy.statusRequest(text, false, true)).hasValueSatisfying(
                    request -> assertThat(request.ticketId()).contains(123L));
        }

        @Test
        void somethingElseAfterTheCommandNamesNoTicket() {
            assertThat(policy.statusRequest("/status my withdrawal", true, true)).hasValueSatisfying(request -> {
                assertThat(request.latest()).isFalse();
                assertThat(request.ticketId()).isEmpty();
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"status", "/statusbar", "what is my /status", "/start"})
        void otherTextIsNoStatusRequest(String text) {
            assertThat(policy.statusRequest(text, true, true)).isEmpty();
        }

        @Test
        void inAGroupOnlyACommandForThisBotCounts() {
            assertThat(policy.statusRequest("/status@OtherBot", false, false)).isEmpty();
            assertThat(policy.statusRequest("/status", false, true)).isPresent();
        }
    }

    @Nested
    class VerifyRequests {

        @ParameterizedTest
        @ValueSource(strings = {"/verify @NovaEx_Helpdesk", "/VERIFY @NovaEx_Helpdesk ", "/verify@SwitchboardBot @NovaEx_Helpdesk"})
        void whatFollowsTheCommandIsWhatToCheck(String text) {
            assertThat(policy.verifyRequest(text, true, true)).contains(new VerifyRequest("@NovaEx_Helpdesk"));
        }

        @Test
        void theCommandAloneAsksHowToUseIt() {
            assertThat(policy.verifyRequest("/verify", true, true)).hasValueSatisfying(
                    request -> assertThat(request.empty()).isTrue());
        }

        @ParameterizedTest
        @ValueSource(strings = {"verify @NovaEx", "/verifying", "please /verify this", "/status"})
        void otherTextIsNoVerifyRequest(String text) {
            assertThat(policy.verifyRequest(text, true, true)).isEmpty();
        }

        @Test
        void inAGroupOnlyACommandForThisBotCounts() {
            assertThat(policy.verifyRequest("/verify@OtherBot +86 400 999 0000", false, false)).isEmpty();
            assertThat(policy.verifyRequest("/verify +86 400 999 0000", false, true)).isPresent();
        }
    }
}
