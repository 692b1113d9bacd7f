package io.switchboard.connector.twitter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.inbound.IntakeResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
 * The Account Activity webhook, on only when {@code switchboard.twitter.webhook-consumer-secret} is
 * set. {@code GET} answers X's challenge-response check; {@code POST} takes a delivery whose
 * {@code x-twitter-webhooks-signature} matches the raw body, and answers 200 only after every
 * message in it is stored. A missing or wrong signature gets 401 and nothing is stored.
 */
@RestController
@RequestMapping("/webhooks/twitter")
@ConditionalOnProperty(prefix = "switchboard.twitter", name = {"bearer-token", "webhook-consumer-secret"})
class AccountActivityController {

    private static final Logger log = LoggerFactory.getLogger(AccountActivityController.class);

    private final WebhookSignature signature;
    private static final Pattern CRC_TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{1,128}");

    private final AccountActivityEvents events;
    private final InboundPort inbound;
    private final ObjectMapper json;
    private final long maxPayloadBytes;

    AccountActivityController(WebhookSignature signature, AccountActivityEvents events, InboundPort inbound,
            ObjectMapper json, TwitterProperties properties) {
        this.signature = signature;
        this.events = events;
        this.inbound = inbound;
        this.json = json;
        this.maxPayloadBytes = properties.webhookMaxPayload().toBytes();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> challenge(@RequestParam(name = "crc_token", required = false) String crcToken) {
        if (crcToken == null || crcToken.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "crc_token query parameter is required"));
        }
        // The challenge answer is the same HMAC that signs deliveries: signing any text asked for
        // would let anyone sign a forged delivery body. X's tokens are short and base64-like; a
        // JSON body never is.
        if (!CRC_TOKEN.matcher(crcToken).matches()) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "crc_token must be 1 to 128 characters A-Z, a-z, 0-9, +, /, =, _ or -"));
        }
        return ResponseEntity.ok(Map.of("response_token", signature.crcResponseToken(crcToken)));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> deliver(HttpServletRequest request,
            @RequestHeader(name = "x-twitter-webhooks-signature", required = false) String signatureHeader)
            throws IOException {
        byte[] body = readLimited(request);
        if (body == null) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "delivery larger than " + maxPayloadBytes + " bytes");
        }
        if (!signature.matches(body, signatureHeader)) {
            log.warn("X webhook: delivery refused, {} x-twitter-webhooks-signature",
                    signatureHeader == null ? "missing" : "wrong");
            return error(HttpStatus.UNAUTHORIZED, "missing or wrong x-twitter-webhooks-signature");
        }
        AccountActivityEvents.Delivery delivery;
        try {
            JsonNode payload = json.readTree(body);
            if (payload == null) {
                return error(HttpStatus.BAD_REQUEST, "empty delivery");
            }
            delivery = events.read(payload);
        } catch (JsonProcessingException e) {
            return error(HttpStatus.BAD_REQUEST, "delivery is not valid JSON");
        } catch (AccountActivityEvents.MalformedDelivery e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        int stored = 0;
        for (InboundMessage message : delivery.messages()) {
            if (inbound.accept(message) == IntakeResult.STORED) {
                stored++;
            }
        }
        if (!delivery.messages().isEmpty() || delivery.deferred() > 0) {
            log.info("X webhook: {} message(s), {} new, {} ignored, {} left to the poller",
                    delivery.messages().size(), stored, delivery.ignored(), delivery.deferred());
        }
        return ResponseEntity.ok(Map.of("received", delivery.messages().size(), "stored", stored));
    }

    /** The body, or null when it is larger than allowed (judged by Content-Length and by reading). */
    private byte[] readLimited(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxPayloadBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxPayloadBytes + 1));
            return body.length > maxPayloadBytes ? null : body;
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
