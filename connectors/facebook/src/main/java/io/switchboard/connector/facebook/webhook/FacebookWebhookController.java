package io.switchboard.connector.facebook.webhook;

import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page webhook Meta calls. {@code GET} answers the subscription handshake; {@code POST}
 * takes deliveries: it reads at most {@code max-body-bytes} (413 beyond), checks the signature on
 * the raw bytes before anything is parsed (401, nothing stored), parses (400 when it is not a
 * webhook object), then hands every event to the {@link InboundPort} and answers 200 only after
 * all of them are stored. When storing fails it answers 500 so Meta delivers again; the events
 * stored before the failure come back as duplicates and change nothing.
 */
@RestController
@ConditionalOnFacebook
@RequestMapping("/webhooks/facebook")
class FacebookWebhookController {

    private static final Logger log = LoggerFactory.getLogger(FacebookWebhookController.class);

    private final byte[] verifyToken;
    private final long maxBodyBytes;
    private final WebhookSignature signature;
    private final WebhookEvents events;
    private final InboundPort inbound;

    FacebookWebhookController(FacebookProperties properties, WebhookEvents events, InboundPort inbound) {
        this.verifyToken = properties.verifyToken().getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = properties.maxBodyBytes().toBytes();
        this.signature = new WebhookSignature(properties.appSecret());
        this.events = events;
        this.inbound = inbound;
    }

    @GetMapping
    ResponseEntity<String> handshake(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean tokenMatches = token != null
                && MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches || challenge == null) {
            // The query is anyone's text: the log says what was wrong, never what was sent.
            log.warn("Refused a Facebook webhook handshake (mode {}, verify token {}, challenge {})",
                    "subscribe".equals(mode) ? "subscribe" : "not subscribe", tokenMatches ? "matching" : "not matching",
                    challenge == null ? "missing" : "present");
            return reply(HttpStatus.FORBIDDEN, "verification failed");
        }
        log.info("Facebook webhook subscription verified");
        return reply(HttpStatus.OK, challenge);
    }

    @PostMapping
    ResponseEntity<String> deliver(HttpServletRequest request,
            @RequestHeader(name = "X-Hub-Signature-256", required = false) String signatureHeader)
            throws IOException {
        byte[] body = readBounded(request);
        if (body == null) {
            return reply(HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + maxBodyBytes + " bytes");
        }
        if (!signature.matches(body, signatureHeader)) {
            log.warn("Refused a Facebook webhook delivery with a {} X-Hub-Signature-256 header",
                    signatureHeader == null ? "missing" : "wrong");
            return reply(HttpStatus.UNAUTHORIZED, "bad signature");
        }
        List<InboundMessage> messages;
        try {
            messages = events.read(body);
        } catch (MalformedWebhookException e) {
            log.warn("Refused a signed Facebook webhook delivery: {}", e.getMessage());
            return reply(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        int stored = 0;
        for (InboundMessage message : messages) {
            try {
                if (inbound.accept(message) == IntakeResult.STORED) {
                    stored++;
                }
            } catch (RuntimeException e) {
                log.error("Could not store Facebook event {}; answering 500 so Facebook delivers it again",
                        message.eventId(), e);
                return reply(HttpStatus.INTERNAL_SERVER_ERROR, "not stored, deliver again");
            }
        }
        log.debug("Facebook webhook delivery: {} events, {} new", messages.size(), stored);
        return reply(HttpStatus.OK, "EVENT_RECEIVED");
    }

    /** The body, or null when it is larger than allowed (read no further than one byte past the limit). */
    private byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBodyBytes + 1));
            return body.length > maxBodyBytes ? null : body;
        }
    }

    private static ResponseEntity<String> reply(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
    }
}
