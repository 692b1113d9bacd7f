package io.switchboard.connector.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.gateway.PlatformContact;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/telegram}, in webhook mode only. Telegram sends the configured secret in
 * {@code X-Telegram-Bot-Api-Secret-Token}; anything without it is refused before the body is read.
 * The answer is 200 only once the port has stored the update: on any other answer Telegram
 * delivers the update again later.
 */
@RestController
@ConditionalOnBotToken
@ConditionalOnProperty(prefix = "switchboard.telegram", name = "mode", havingValue = "webhook")
class TelegramWebhookController {

    static final String PATH = "/webhooks/telegram";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final ObjectMapper json;
    private final byte[] secretDigest;
    private final long maxBodyBytes;
    private final BotIdentity identity;
    private final UpdateIntake intake;
    private final PlatformContact contact;

    TelegramWebhookController(TelegramProperties properties, BotIdentity identity, UpdateIntake intake, BotApi api,
            ObjectMapper json) {
        this.json = json;
        this.secretDigest = sha256(properties.webhookSecret());
        this.maxBodyBytes = properties.maxBodyBytes().toBytes();
        this.identity = identity;
        this.intake = intake;
        this.contact = api.contact();
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = SECRET_HEADER, required = false) String secret,
            HttpServletRequest request) throws IOException {
        if (secret == null || !MessageDigest.isEqual(secretDigest, sha256(secret))) {
            return error(HttpStatus.UNAUTHORIZED, "missing or wrong " + SECRET_HEADER);
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            return tooLarge();
        }
        // read one byte more than allowed: a body without Content-Length is measured as it comes
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBodyBytes) {
            return tooLarge();
        }
        JsonNode update;
        try {
            update = json.readTree(body);
        } catch (JsonProcessingException e) {
            return error(HttpStatus.BAD_REQUEST, "the body is not JSON");
        }
        if (update == null || !update.path("update_id").isIntegralNumber()) {
            return error(HttpStatus.BAD_REQUEST, "the body is not a Telegram update: no numeric update_id");
        }
        contact.succeeded();
        if (!identity.known()) {
            // without the username, mentions of the bot cannot be recognized yet
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(Map.of("error", "the connector is starting: the bot's username is not known yet"));
        }
        try {
            intake.handle(update);
        } catch (RuntimeException e) {
            log.warn("Telegram update {} was not stored; answering 503 so that Telegram delivers it again",
                    update.path("update_id").asText(), e);
            return error(HttpStatus.SERVICE_UNAVAILABLE, "the update could not be stored; deliver it again");
        }
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<Map<String, String>> tooLarge() {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

    /** Compared as digests so that neither content nor length of the secret leaks through timing. */
    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
