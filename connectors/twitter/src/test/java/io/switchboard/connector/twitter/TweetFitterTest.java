package io.switchboard.connector.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TweetFitterTest {

    private final TweetFitter fitter = new TweetFitter(URI.create("https://help.example.com/support"));
    private final TweetFitter withoutLink = new TweetFitter(null);

    @Test
    void latinTextCountsOnePerCharacter() {
        assertThat(TweetFitter.weightedLength("Withdrawals resume at 14:00 UTC.")).isEqualTo(32);
    }

    @Test
    void cjkCharactersCountTwo() {
        assertThat(TweetFitter.weightedLength("提现已恢复")).isEqualTo(10);
        assertThat(TweetFitter.weightedLength("出金 ok")).isEqualTo(7);
    }

    @Test
    void everyUrlCountsTwentyThreeWhateverItsLength() {
        assertThat(TweetFitter.weightedLength("see https://a.co")).isEqualTo(4 + 23);
        assertThat(TweetFitter.weightedLength("see https://help.example.com/hc/articles/360041234567-How-to-reset-2FA"))
                .isEqualTo(4 + 23);
        assertThat(TweetFitter.weightedLength("see example.com/fees")).isEqualTo(4 + 23);
    }

    @Test
    void emojiCountTwo() {
        assertThat(TweetFitter.weightedLength("ok 👍")).isEqualTo(5);
    }

    @Test
    void decomposedAccentsAreCountedAfterNormalization() {
        assertThat(TweetFitter.weightedLength("cafe\u0301")).isEqualTo(4);
    }

    @Test
    void replyThatFitsIsPostedUnchanged() {
        String answer = "a".repeat(280);
        assertThat(fitter.fitTweet(answer)).isEqualTo(answer);
        String chinese = "提".repeat(140);
        assertThat(fitter.fitTweet(chinese)).isEqualTo(chinese);
    }

    @Test
    void longAnswerIsCutAtAWordAndEndsWithTheConfiguredLink() {
        String answer = ("To reset two-factor authentication open Security, choose Reset 2FA and follow the steps; "
                + "you will need your ID document and a selfie. ").repeat(4);

        String reply = fitter.fitTweet(answer);

        assertThat(TweetFitter.weightedLength(reply)).isLessThanOrEqualTo(280);
        assertThat(reply).startsWith("To reset two-factor authentication open Security")
                .endsWith("… https://help.example.com/support");
        String body = reply.substring(0, reply.indexOf('…'));
        assertThat(answer).startsWith(body);
        assertThat(answer.substring(body.length())).as("cut between words").matches("(?s)[\\s,;:.].*");
    }

    @Test
    void answerEndingWithAnArticleLinkKeepsThatLink() {
        String article = "https://forum.example.com/t/how-to-reset-2fa/4711";
        String answer = "word ".repeat(80) + article;

        String reply = fitter.fitTweet(answer);

        assertThat(reply).endsWith("… " + article).doesNotContain("help.example.com");
        assertThat(TweetFitter.weightedLength(reply)).isLessThanOrEqualTo(280);
    }

    @Test
    void cjkAnswerIsShortenedByWeightNotByCharacters() {
        String answer = "提现已恢复".repeat(40);

        String reply = withoutLink.fitTweet(answer);

        assertThat(TweetFitter.weightedLength(reply)).isLessThanOrEqualTo(280);
        assertThat(reply).endsWith("…");
        assertThat(reply.codePointCount(0, reply.length())).isLessThan(141);
    }

    @Test
    void directMessagesMayBeLongButAreCappedAtTenThousandCharacters() {
        String shortAnswer = "x".repeat(9_000);
        assertThat(fitter.fitDirectMessage(shortAnswer)).isEqualTo(shortAnswer);
        String reply = fitter.fitDirectMessage("y".repeat(12_000));
        assertThat(reply).hasSize(10_000).endsWith("…");
    }
}
