package io.switchboard.helpcenter.request;

import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.outbox.StandaloneMails;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketStatusChanged;
import io.switchboard.helpcenter.HelpCenterProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help center's e-mail to the people whose requests it keeps: a visitor's tracking link, "there is a
 * reply", "your request was solved". Each is an outbox entry of channel EMAIL (chat = the address, conversation
 * {@code help-request:<id>}, a subject, the bot's notice), written in the transaction of what it tells of, with a
 * decision key of its own, so the outbox sends it once with its retries and failures visible to the operator.
 *
 * <p>Only when the e-mail channel exists (a {@link ChannelGateway} of channel EMAIL; the help center knows no
 * connector): an outbox entry for a channel without a gateway would fail and warn the operator. Without one a
 * visitor's link waits in {@link WaitingMail} as before, and is moved to the outbox at the first start with the
 * channel; replies and "solved" are on the request's page only.
 */
@Component
class RequestMail {

    /** The conversation of a request's mail: no support thread, so the gateway sends each mail on its own. */
    static final String CONVERSATION_PREFIX = "help-request:";
    private static final Logger log = LoggerFactory.getLogger(RequestMail.class);
    private static final Locale UNKNOWN_LANGUAGE = Locale.ENGLISH;

    private final StandaloneMails mails;
    private final WaitingMail waiting;
    private final HelpRequests requests;
    private final AccountAddresses addresses;
    private final RequestConversations conversations;
    private final TrackingLinks links;
    private final MessageSource messages;
    private final HelpCenterProperties address;
    private final RequestProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RequestMail(StandaloneMails mails, WaitingMail waiting,
            HelpRequests requests, AccountAddresses addresses, RequestConversations conversations, TrackingLinks links,
            MessageSource messages, HelpCenterProperties address, RequestProperties properties, JdbcTemplate jdbc,
            Clock clock) {
        this.mails = mails;
        this.waiting = waiting;
        this.requests = requests;
        this.addresses = addresses;
        this.conversations = conversations;
        this.links = links;
        this.messages = messages;
        this.address = address;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A visitor's request was filed: the link that follows it, by mail, or waiting for the channel. */
    void trackingLink(HelpRequest request, String trackingPath, Instant at) {
        String body = text(request, "help.request.mail.body", request.subject(), absolute(trackingPath));
        if (channel()) {
            enqueue("help-mail:link:" + request.id(), request, request.email(), body, at);
        } else {
            waiting.add(request.id(), request.email(),
                    text(request, "help.request.mail.subject", request.subject()), body, at);
        }
    }

    /**
     * The support team's reply to the request was delivered to its page ({@code deliveryId}): the requester is
     * told, with the reply and where to answer.
     */
    void reply(long requestId, long deliveryId, String reply) {
        if (!channel()) {
            return;
        }
        requests.find(requestId).ifPresent(request -> recipient(request).ifPresent(to -> enqueue(
                "help-mail:reply:" + deliveryId, request, to,
                text(request, "help.request.mail.reply", request.subject(), reply, pageLink(request)),
                clock.instant())));
    }

    /** A request's ticket was resolved, by its agent or by the requester: one mail for each resolution. */
    @EventListener
    void ticketMoved(TicketStatusChanged change) {
        SupportThread thread = change.ticket().getThread();
        if (change.to() != TicketStatus.RESOLVED || thread == null || thread.getChannel() != Channel.WEB
                || !thread.getConversationKey().startsWith(HelpRequest.CONVERSATION_PREFIX) || !channel()) {
            return;
        }
        long requestId = Long.parseLong(
                thread.getConversationKey().substring(HelpRequest.CONVERSATION_PREFIX.length()));
        requests.find(requestId).ifPresent(request -> recipient(request).ifPresent(to -> {
            // a request reopened and solved again is told again: the key counts the resolutions told so far
            String told = "help-mail:solved:" + request.id() + ":";
            long before = jdbc.queryForObject("select count(*) from outbox_entry where decision_key like ?",
                    Long.class, told + "%");
            enqueue(told + (before + 1), request, to, text(request, "help.request.mail.solved", request.subject(),
                    properties.requests().reopenWindow().toDays(), pageLink(request)), change.at());
        }));
    }

    /**
     * The first start with the e-mail channel sends the links that waited for it. Each waiting row is deleted
     * as its entry is written, in one transaction: a second start, or another instance starting at once (whose
     * delete finds the row gone), moves nothing twice.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sendWaitingMail() {
        if (!channel()) {
            return;
        }
        List<WaitingMail.Letter> letters = waiting.all();
        for (WaitingMail.Letter letter : letters) {
            Optional<HelpRequest> request = requests.find(letter.requestId());
            if (waiting.remove(letter.id()) && request.isPresent()) {
                enqueue("help-mail:link:" + letter.requestId(), request.get(), letter.recipient(), letter.body(),
                        clock.instant());
            }
        }
        if (!letters.isEmpty()) {
            log.info("{} help-center mail(s) that waited for the e-mail channel are in the outbox", letters.size());
        }
    }

    /**
     * The link that verifies a member's address ({@code confirmationPath}), mailed to that address.
     *
     * @param confirmationId the confirmation's row: the mail's conversation and decision key
     */
    void addressConfirmation(long confirmationId, String to, String confirmationPath, Locale language, Instant at) {
        oneTimeLink("address", "help.address.mail", confirmationId, to, confirmationPath, language, at);
    }

    /**
     * The link that files a visitor's call-back ({@code confirmationPath}), mailed to the address they gave.
     *
     * @param confirmationId the held call-back's row: the mail's conversation and decision key
     * @param maskedPhone the number to call, masked, so its reader knows which call they confirm
     * @param time when to call, worded
     */
    void callBackConfirmation(long confirmationId, String to, String confirmationPath, String maskedPhone, String time,
            Locale language, Instant at) {
        oneTimeLink("callback-confirm", "help.callback.confirm.mail", confirmationId, to, confirmationPath, language,
                at, maskedPhone, time);
    }

    /** A mail of its own ({@code help-<kind>:<id>}) whose body's first argument is the link. */
    private void oneTimeLink(String kind, String messagePrefix, long id, String to, String path, Locale language,
            Instant at, Object... more) {
        Object[] args = Stream.concat(Stream.of(absolute(path)), Arrays.stream(more)).toArray();
        enqueue("help-mail:" + kind + ":" + id, "help-" + kind + ":" + id, to,
                messages.getMessage(messagePrefix + ".subject", null, language),
                messages.getMessage(messagePrefix + ".body", args, language), at);
    }

    /**
     * A mail about the request to whoever filed it (a visitor's address, a member's verified one), once for its
     * decision key; nothing without the e-mail channel or, for a member, without a verified address.
     */
    void toRequester(String decisionKey, HelpRequest request, String body, Instant at) {
        if (channel()) {
            recipient(request).ifPresent(to -> enqueue(decisionKey, request, to, body, at));
        }
    }

    /** Whether there is an e-mail channel to send with. */
    boolean channel() {
        return mails.available();
    }

    /** Where the requester is written to: a visitor's address, a member's verified one if they have one. */
    private Optional<String> recipient(HelpRequest request) {
        return request.isVisitors() ? Optional.of(request.email())
                : addresses.verifiedAddressOf(request.accountId());
    }

    /**
     * Where the requester reads the request: a member's page, or for a visitor a new tracking link. A link is
     * signed, never stored, so a new one is as good as the first (which may have expired) and gives the
     * visitor the full validity again.
     */
    private String pageLink(HelpRequest request) {
        return absolute(request.isVisitors() ? TrackingLinks.PATH + links.tokenFor(request.id())
                : MyRequestPaths.page(request.id()));
    }

    /** Relative without a public address: the operator must set one for links in mail to work. */
    private String absolute(String path) {
        return address.absolute(path).orElse(path);
    }

    private String text(HelpRequest request, String key, Object... args) {
        Locale language = request.language() == null ? UNKNOWN_LANGUAGE : Locale.forLanguageTag(request.language());
        return messages.getMessage(key, args, language);
    }

    /** The request's subject, after its ticket's number once the pipeline opened one ({@code [T-12] ...}). */
    private String subject(HelpRequest request) {
        return conversations.latestTicket(request).map(Ticket::getNumber)
                .map(number -> "[" + number + "] " + request.subject()).orElse(request.subject());
    }

    private void enqueue(String decisionKey, HelpRequest request, String to, String body, Instant at) {
        enqueue(decisionKey, CONVERSATION_PREFIX + request.id(), to, subject(request), body, at);
    }

    private void enqueue(String decisionKey, String conversation, String to, String subject, String body,
            Instant at) {
        mails.enqueue(decisionKey, conversation, to, subject, body, at);
    }
}
