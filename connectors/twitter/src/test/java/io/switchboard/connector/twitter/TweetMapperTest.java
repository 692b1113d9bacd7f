package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ACCOUNT_ID;
import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TweetMapperTest {

    private final TweetMapper mapper = new TweetMapper(ACCOUNT_ID, Clock.systemUTC());

    @Test
    void mentionBecomesAPublicMessageAddressedToTheBotInItsOwnConversation() throws IOException {
        InboundMessage message = mapOnly(XFixtures.page(XFixtures.mention("1800000000000000100", ANNA_ID,
                "@ExchangeHelp how do I reset 2FA? I lost my phone &amp; my backup codes"))).orElseThrow();

        assertThat(message.channel()).isEqualTo(Channel.TWITTER);
        assertThat(message.eventId()).isEqualTo("tweet:1800000000000000100");
        assertThat(message.messageId()).isEqualTo("1800000000000000100");
        assertThat(message.conversationKey()).isEqualTo("1800000000000000100");
        assertThat(message.chat()).isEqualTo(new ChatRef("1800000000000000100", null, "conversation"));
        assertThat(message.author()).isEqualTo(new Author(ANNA_ID, "Anna K", "anna_trades", "en"));
        assertThat(message.kind()).isEqualTo(InboundKind.MESSAGE);
        assertThat(message.text()).isEqualTo("how do I reset 2FA? I lost my phone & my backup codes");
        assertThat(message.replyToMessageId()).isNull();
        assertThat(message.receivedAt()).isEqualTo(Instant.parse("2025-03-01T09:40:00Z"));
        assertThat(message.privateChat()).isFalse();
        assertThat(message.addressesBot()).isTrue();
        assertThat(message.rawPayload()).contains("\"conversation_id\":\"1800000000000000100\"");
    }

    @Test
    void mentionReplyingToOurReplyStaysInTheConversationOfTheQuestion() throws IOException {
        String question = "1800000000000000100";
        String ourReply = "1800000000000000150";

        InboundMessage followUp = mapOnly(XFixtures.page(XFixtures.reply("1800000000000000200", ANNA_ID, question,
                ourReply, "@ExchangeHelp that did not work, still no SMS"))).orElseThrow();

        assertThat(followUp.conversationKey()).isEqualTo(question);
        assertThat(followUp.chat().chatId()).isEqualTo(question);
        assertThat(followUp.replyToMessageId()).isEqualTo(ourReply);
        assertThat(followUp.text()).isEqualTo("that did not work, still no SMS");
    }

    @Test
    void ourOwnTweetsAreNeverTakenInAsQuestions() throws IOException {
        assertThat(mapOnly(XFixtures.page(XFixtures.reply("1800000000000000150", ACCOUNT_ID,
                "1800000000000000100", "1800000000000000100", "@anna_trades please open Security settings"))))
                .isEmpty();
    }

    @Test
    void retweetsAreNeverTakenInAsQuestions() throws IOException {
        assertThat(mapOnly(XFixtures.page(XFixtures.retweet("1800000000000000300", ANNA_ID, "1800000000000000100",
                "RT @bob: @ExchangeHelp are withdrawals down?")))).isEmpty();
    }

    @Test
    void longTweetsAreReadFromTheirNoteTweetAndMediaBecomeAttachments() throws IOException {
        String tweet = XFixtures.tweet("1800000000000000400", ANNA_ID, "1800000000000000400",
                "@ExchangeHelp My deposit has not arrived after…", """
                ,"note_tweet":{"text":"@ExchangeHelp My deposit has not arrived after three hours, the network shows\
                 it confirmed."},"attachments":{"media_keys":["3_1800000000000000401"]}""");
        String page = """
                {"data":[%s],"includes":{"users":[%s],"media":[{"media_key":"3_1800000000000000401","type":"photo",\
                "url":"https://pbs.twimg.com/media/deposit.jpg"}]},"meta":{"result_count":1}}"""
                .formatted(tweet, XFixtures.anna());

        InboundMessage message = mapOnly(page).orElseThrow();

        assertThat(message.text()).isEqualTo("My deposit has not arrived after three hours, the network shows it confirmed.");
        assertThat(message.attachments()).containsExactly(
                new Attachment("photo", "https://pbs.twimg.com/media/deposit.jpg", null));
    }

    @Test
    void whereTcoLinksLeadGoesWithTheTextWhichKeepsThemAsWritten() throws IOException {
        String tweet = XFixtures.tweet("1800000000000000600", ANNA_ID, "1800000000000000600",
                "@ExchangeHelp is https://t.co/AbCdEf1234 yours? and https://t.co/ZyXw987654", """
                ,"entities":{"urls":[{"start":17,"end":40,"url":"https://t.co/AbCdEf1234",                "expanded_url":"https://novaex-airdrop.com/claim","display_url":"novaex-airdrop.com/claim"},                {"start":52,"end":75,"url":"https://t.co/ZyXw987654","expanded_url":"https://bit.ly/3xYz",                "display_url":"bit.ly/3xYz","unwound_url":"https://n0vaex.com/login"}]}""");

        InboundMessage message = mapOnly(XFixtures.page(tweet)).orElseThrow();

        assertThat(message.text()).isEqualTo("is https://t.co/AbCdEf1234 yours? and https://t.co/ZyXw987654");
        assertThat(message.linkTargets()).containsOnly(
                entry("https://t.co/AbCdEf1234", "https://novaex-airdrop.com/claim"),
                entry("https://t.co/ZyXw987654", "https://n0vaex.com/login"));
        assertThat(message.textWithLinkTargets())
                .isEqualTo("is https://novaex-airdrop.com/claim yours? and https://n0vaex.com/login");
    }

    @Test
    void aLongTweetsLinksAreReadFromItsNoteTweet() throws IOException {
        String tweet = XFixtures.tweet("1800000000000000700", ANNA_ID, "1800000000000000700",
                "@ExchangeHelp see https://t.co/Short00001…", """
                ,"entities":{"urls":[{"url":"https://t.co/Short00001","expanded_url":"https://x.com/i/web/status/1"}]},                "note_tweet":{"text":"@ExchangeHelp see https://t.co/Long000001 for the whole story",                "entities":{"urls":[{"url":"https://t.co/Long000001","expanded_url":"https://novaex.com/blog"}]}}""");

        InboundMessage message = mapOnly(XFixtures.page(tweet)).orElseThrow();

        assertThat(message.linkTargets()).containsOnly(entry("https://t.co/Long000001", "https://novaex.com/blog"));
    }

    @Test
    void authorMissingFromTheUsersExpansionStillMapsWithItsId() throws IOException {
        String page = "{\"data\":[" + XFixtures.mention("1800000000000000500", "999", "@ExchangeHelp hi") + "]}";

        InboundMessage message = mapOnly(page).orElseThrow();

        assertThat(message.author().platformId()).isEqualTo("999");
        assertThat(message.author().handle()).isNull();
    }

    @Test
    void privateUseLanguageCodesMeanNoLanguage() {
        assertThat(TweetMapper.language("qme")).isNull();
        assertThat(TweetMapper.language("und")).isNull();
        assertThat(TweetMapper.language("ja")).isEqualTo("ja");
    }

    private Optional<InboundMessage> mapOnly(String pageJson) throws IOException {
        V2.Page page = V2.Page.read(new ObjectMapper(), pageJson.getBytes(StandardCharsets.UTF_8));
        List<V2.RawTweet> tweets = page.tweets();
        assertThat(tweets).hasSize(1);
        return mapper.map(tweets.get(0), page.includes());
    }
}
