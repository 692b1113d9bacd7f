package io.switchboard.connector.webchat.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the embeddable widget ({@code /chat/widget.js}, {@code /chat/widget.css}) and its demo page. Sites embed
 * the script under a fixed address, so it cannot carry a version in its name: a short max-age lets a new release
 * reach visitors within minutes, and the ETag turns the revalidations in between into empty 304 answers.
 */
@Controller
class WidgetAssets {

    /** How long browsers (and proxies: nothing in it is personal) may reuse the widget without asking. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final Asset script = Asset.load("widget.js", JAVASCRIPT);
    private final Asset stylesheet = Asset.load("widget.css", CSS);
    private final Asset demo = Asset.load("demo.html", MediaType.parseMediaType("text/html;charset=UTF-8"));

    @GetMapping("/chat/widget.js")
    ResponseEntity<byte[]> script() {
        return script.cached();
    }

    @GetMapping("/chat/widget.css")
    ResponseEntity<byte[]> stylesheet() {
        return stylesheet.cached();
    }

    @GetMapping({"/chat/demo", "/chat/demo.html"})
    ResponseEntity<byte[]> demo() {
        return demo.cached();
    }

    /** One file of {@code static/chat}, read once: it only changes with a release. */
    private record Asset(byte[] bytes, MediaType type, String etag) {

        static Asset load(String name, MediaType type) {
            try (InputStream in = new ClassPathResource("static/chat/" + name).getInputStream()) {
                byte[] bytes = in.readAllBytes();
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return new Asset(bytes, type, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
            } catch (IOException e) {
                throw new UncheckedIOException("the widget's " + name + " is missing from the build", e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        /** Spring answers 304 itself when the request's If-None-Match carries this ETag. */
        ResponseEntity<byte[]> cached() {
            return ResponseEntity.ok()
                    .contentType(type)
                    .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                    .eTag(etag)
                    .header("X-Content-Type-Options", "nosniff")
                    .body(bytes);
        }
    }
}
