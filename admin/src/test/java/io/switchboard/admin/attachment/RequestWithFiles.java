package io.switchboard.admin.attachment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * A help center request as it reaches staff: a visitor's message with a screenshot and a bank statement that
 * Switchboard stored, a photo a platform keeps, and the ticket it became.
 */
@Component
class RequestWithFiles {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] SCREENSHOT = screenshot();

    private final TestData data;
    private final Attachments attachments;
    private final ObjectMapper json;

    RequestWithFiles(TestData data, Attachments attachments, ObjectMapper json) {
        this.data = data;
        this.attachments = attachments;
        this.json = json;
    }

    /** The files, stored; nothing else. */
    Files files() {
        List<StoredAttachment> stored = attachments.storeAll(List.of(new UploadedFile("deposit.png", SCREENSHOT),
                new UploadedFile("银行流水.pdf", PDF)), "visitor@example.com");
        return new Files(stored.get(0), stored.get(1));
    }

    /** The files, and the thread and ticket of the message that carries them. */
    Request filed() {
        Files files = files();
        Member member = data.member(Channel.WEB, "visitor@example.com", "Visitor", null, false);
        SupportThread thread = data.thread(member, "request:1", ThreadStatus.ESCALATED, TestData.T0, TestData.T0);
        data.message(thread, Direction.IN, "request:1:1", "My deposit has not arrived, screenshot attached",
                json(List.of(files.screenshot().reference(), files.statement().reference(),
                        new Attachment("photo", "AgADplatformfile", "image/jpeg"))), TestData.T0);
        Ticket ticket = data.ticket(thread, "Deposit missing", TicketStatus.OPEN, TestData.T0);
        return new Request(files, thread, ticket);
    }

    record Files(StoredAttachment screenshot, StoredAttachment statement) {
    }

    record Request(Files files, SupportThread thread, Ticket ticket) {
    }

    private String json(List<Attachment> references) {
        try {
            return json.writeValueAsString(references);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A wallet screen: a header bar and a red "pending" badge, so a thumbnail is recognisable on a screenshot. */
    private static byte[] screenshot() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0x1d4ed8));
        g.fillRect(0, 0, 320, 40);
        g.setColor(new Color(0xdc2626));
        g.fillRoundRect(20, 80, 120, 40, 12, 12);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
