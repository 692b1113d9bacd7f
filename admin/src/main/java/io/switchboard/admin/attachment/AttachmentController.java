package io.switchboard.admin.attachment;

import io.switchboard.core.attachment.AttachmentContent;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The files users attached, for staff only (the console's chain lets no one else reach {@code /console/**}).
 * They came from anyone, so the browser is told to treat each as exactly the type Switchboard found in its
 * bytes ({@code nosniff}), never to run anything in it (a sandboxing Content-Security-Policy), and to save a
 * PDF rather than open it in the console's origin; images are shown inline, as the thread's thumbnails.
 */
@Controller
class AttachmentController {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/console/attachments/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return attachments.content(id).map(AttachmentController::serve).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> serve(AttachmentContent content) {
        StoredAttachment meta = content.meta();
        boolean image = meta.contentType().startsWith("image/");
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(meta.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(meta.contentType()))
                .contentLength(content.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(content.bytes());
    }
}
