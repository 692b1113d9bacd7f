package io.switchboard.connector.webchat.transport;

import io.switchboard.core.attachment.AttachmentContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of a conversation, {@code /chat/files/<id>?token=}: the token is in the address because an image in
 * the widget cannot send a header. Served only to the visitor whose frames list the file; to anyone else it does
 * not exist (404), so ids cannot be probed.
 */
@RestController
class ChatFilesController {

    private final VisitorFiles files;
    private final BearerVisitor bearer;

    ChatFilesController(VisitorFiles files, BearerVisitor bearer) {
        this.files = files;
        this.bearer = bearer;
    }

    @GetMapping(FrameView.FILES_PATH + "{id}")
    ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(required = false) String token) {
        return files.servable(bearer.byToken(token), id).map(ChatFilesController::served)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> served(AttachmentContent content) {
        boolean image = content.meta().contentType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.meta().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (image ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(content.meta().filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(content.bytes());
    }
}
