package io.switchboard.helpcenter.request;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the request tests need around the help center: members, files, and the pipeline's side of a request
 * (its thread, the member's message, the ticket, the support team's replies) written as the router writes
 * them, since the help center's tests run without the router.
 */
@Component
class RequestFixtures {

    private final Accounts accounts;
    private final MemberRepository members;
    private final SupportThreadRepository threads;
    private final ThreadMessageRepository messages;
    private final TicketRepository tickets;
    private final HelpRequests requests;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RequestFixtures(Accounts accounts, MemberRepository members, SupportThreadRepository threads,
            ThreadMessageRepository messages, TicketRepository tickets, HelpRequests requests, JdbcTemplate jdbc,
            TransactionTemplate tx) {
        this.accounts = accounts;
        this.members = members;
        this.threads = threads;
        this.messages = messages;
        this.tickets = tickets;
        this.requests = requests;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A new member with a name nobody else in the test database has. */
    Account member() {
        String name = "m" + UUID.randomUUID().toString().substring(0, 8);
        return inTx(() -> accounts.register(name, "Member " + name, "{noop}secret-password"));
    }

    HelpRequest requestOf(Account account, String subject) {
        return inTx(() -> requests.add(account.getId(), null, TicketCategory.TRADING, subject, "en", Instant.now()));
    }

    /** The router's side of a filed request: the thread with the member's message, and an unresolved ticket. */
    Ticket ticketFor(HelpRequest request, String memberText, String attachmentsJson) {
        return inTx(() -> {
            String author = request.accountId() == null ? HelpRequest.visitorId(request.email())
                    : request.accountId().toString();
            Member member = members.save(new Member(Channel.WEB, author, Instant.now()));
            SupportThread thread = threads.save(new SupportThread(Channel.WEB, request.conversationKey(),
                    request.conversationKey(), null, true, member, "en", Instant.now()));
            messages.save(new ThreadMessage(thread, Direction.IN, request.conversationKey(), null, memberText, "Member",
                    attachmentsJson, Instant.now()));
            return tickets.save(new Ticket(thread, request.subject(), request.category(), TicketPriority.NORMAL,
                    "request-filed", Instant.now()));
        });
    }

    /** A reply of the support team in the request's thread, delivered by the WEB gateway when {@code delivered}. */
    void staffReply(Ticket ticket, String text, boolean delivered) {
        inTx(() -> {
            ThreadMessage reply = new ThreadMessage(ticket.getThread(), Direction.OUT, null, null, text, "dana", null,
                    Instant.now());
            if (delivered) {
                reply.deliveredAs("delivery:" + UUID.randomUUID());
            }
            return messages.save(reply);
        });
    }

    Ticket ticket(long id) {
        return tickets.findById(id).orElseThrow();
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    static byte[] png() {
        BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 3, 0xff0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
