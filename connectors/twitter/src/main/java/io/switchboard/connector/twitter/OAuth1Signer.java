package io.switchboard.connector.twitter;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpMethod;

/**
 * OAuth 1.0a user-context signing (RFC 5849, HMAC-SHA1), the way X expects it for posting as the
 * support account. X signs the query parameters but not a JSON body, so a v2 POST is signed over
 * the oauth parameters alone. (Twitter4J 4.1.2 has this logic, but behind package-private types.)
 */
final class OAuth1Signer implements UserAuth {

    private static final String NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final String consumerKey;
    private final String consumerSecret;
    private final String token;
    private final String tokenSecret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OAuth1Signer(String consumerKey, String consumerSecret, String token, String tokenSecret, Clock clock) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.token = token;
        this.tokenSecret = tokenSecret;
        this.clock = clock;
    }

    @Override
    public String authorization(HttpMethod method, URI uri) {
        return authorization(method.name(), uri, List.of(), nonce(), Long.toString(clock.instant().getEpochSecond()));
    }

    /**
     * The header for a request with the given form-encoded body parameters (none for JSON bodies),
     * nonce and timestamp.
     */
    String authorization(String method, URI uri, List<Map.Entry<String, String>> formParameters,
            String nonce, String timestamp) {
        List<Map.Entry<String, String>> oauth = List.of(
                Map.entry("oauth_consumer_key", consumerKey),
                Map.entry("oauth_nonce", nonce),
                Map.entry("oauth_signature_method", "HMAC-SHA1"),
                Map.entry("oauth_timestamp", timestamp),
                Map.entry("oauth_token", token),
                Map.entry("oauth_version", "1.0"));
        List<Map.Entry<String, String>> signed = new ArrayList<>(oauth);
        signed.addAll(queryParameters(uri));
        signed.addAll(formParameters);
        String signature = sign(method.toUpperCase(Locale.ROOT) + "&" + encode(baseUrl(uri)) + "&"
                + encode(normalize(signed)));
        List<Map.Entry<String, String>> header = new ArrayList<>(oauth);
        header.add(Map.entry("oauth_signature", signature));
        return "OAuth " + header.stream().map(e -> encode(e.getKey()) + "=\"" + encode(e.getValue()) + "\"")
                .collect(Collectors.joining(", "));
    }

    private String sign(String baseString) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            String key = encode(consumerSecret) + "&" + encode(tokenSecret);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    /** Scheme and host in lower case, the port only when it is not the default, no query. */
    private static String baseUrl(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    private static List<Map.Entry<String, String>> queryParameters(URI uri) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.add(Map.entry(decode(name), decode(value)));
        }
        return parameters;
    }

    private static String normalize(List<Map.Entry<String, String>> parameters) {
        return parameters.stream()
                .map(e -> Map.entry(encode(e.getKey()), encode(e.getValue())))
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding: everything but ALPHA, DIGIT, '-', '.', '_', '~'. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private String nonce() {
        StringBuilder nonce = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            nonce.append(NONCE_CHARS.charAt(random.nextInt(NONCE_CHARS.length())));
        }
        return nonce.toString();
    }
}
