package io.switchboard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.SwitchboardApplication;
import io.switchboard.testing.ApplicationSettings;
import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.mail.TestMailServer;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Configuration shared by the full-application tests: the fake platforms and a private database.
 * The settings the bench boots the application with too are {@link ApplicationSettings}' (in
 * {@code connectors/testing}); their names are repeated here so that the tests read one class.
 */
public final class FlowTestSupport {

    public static final String H2_MODE = ApplicationSettings.H2_MODE;
    public static final String WEBHOOK_SECRET = ApplicationSettings.WEBHOOK_SECRET;
    static final String ADMIN_PASSWORD = ApplicationSettings.ADMIN_PASSWORD;
    static final String X_WEBHOOK_SECRET = "flow-test-x-consumer-secret";
    /** Where shortened tweets link to. */
    static final String HELP_LINK = "https://help.example.com/kb";
    /** The official support mailbox of {@link #email}. */
    static final String SUPPORT_ADDRESS = "support@novaex.example";

    /** The machine's PostgreSQL, which the {@code cluster} profile's tests use. */
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    /** How long a child JVM may take to start on a busy 2-core machine. */
    static final Duration CHILD_STARTUP = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlowTestSupport() {
    }

    /** POSTs a webhook delivery to the running application with the platform's proof in {@code header}. */
    static int postWebhook(int port, String path, String header, String proof, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header(header, proof)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POSTs JSON to the staff API as the admin (HTTP Basic). */
    static HttpResponse<String> postAsStaff(int port, String path, String json) throws IOException, InterruptedException {
        return postAs(port, path, "admin", ADMIN_PASSWORD, json);
    }

    /** Any method on the staff API as the admin (HTTP Basic), with a JSON body or none. */
    static HttpResponse<String> sendAsStaff(int port, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return HTTP.send(asStaff(port, path).header("Content-Type", "application/json").method(method, body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GETs a path as the admin (HTTP Basic), or as anyone when {@code staff} is false. */
    static HttpResponse<String> get(int port, String path, boolean staff) throws IOException, InterruptedException {
        HttpRequest.Builder request = staff ? asStaff(port, path)
                : HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs JSON without signing in (a forum member's registration). */
    static HttpResponse<String> postJson(int port, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs JSON signed in with HTTP Basic as {@code username} (a staff member other than the admin). */
    static HttpResponse<String> postAs(int port, String path, String username, String password, String json)
            throws IOException, InterruptedException {
        return HTTP.send(as(port, path, username, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Fills in and POSTs a form as a browser does: {@code page} is opened first for the form's CSRF token (the
     * {@code browser} keeps the session's cookie), then {@code fields} go to {@code action}, form-encoded.
     */
    static HttpResponse<String> postForm(HttpClient browser, int port, String page, String action,
            Map<String, String> fields) throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> filled = new LinkedHashMap<>(fields);
        filled.put("_csrf", Jsoup.parse(form.body()).select("input[name=_csrf]").first().val());
        String body = filled.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs a path signed in with HTTP Basic as {@code username}. */
    static HttpResponse<String> getAs(int port, String path, String username, String password)
            throws IOException, InterruptedException {
        return HTTP.send(as(port, path, username, password).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The scam guard's decisions as the staff API lists them, newest first. */
    static List<JsonNode> guardDecisions(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = get(port, "/api/guard/decisions", true);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/guard/decisions answered " + response.statusCode());
        }
        return StreamSupport.stream(JSON.readTree(response.body()).get("content").spliterator(), false).toList();
    }

    /** A forum member opens a topic through the forum API; the answer (topicId, postId, status) as JSON. */
    static JsonNode startTopic(int port, String username, String password, String board, String title, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(as(port, "/api/forum/boards/" + board + "/topics", username, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        java.util.Map.of("title", title, "body", body)))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("opening a topic answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder asStaff(int port, String path) {
        return as(port, path, "admin", ADMIN_PASSWORD);
    }

    private static HttpRequest.Builder as(int port, String path, String username, String password) {
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials);
    }

    public static FakeTelegramServer startTelegram() {
        return FakeTelegramServer.start();
    }

    static void configure(DynamicPropertyRegistry registry, FakeTelegramServer telegram, String mode, String jdbcUrl) {
        ApplicationSettings.withTelegram(telegram, mode, jdbcUrl)
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The {@code cluster} profile's database for a test: the machine's PostgreSQL (127.0.0.1, database
     * {@code test}), in a schema of the test's own, dropped first so that each run starts empty.
     */
    static void postgres(DynamicPropertyRegistry registry, FakeTelegramServer telegram, String mode, String schema)
            throws SQLException {
        dropSchema(schema);
        configure(registry, telegram, mode, POSTGRES + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
    }

    /**
     * The database URL the application ships with (application.yml), on the file {@code database}
     * instead of {@code ./data/switchboard}: the tests of durability test the settings users run.
     */
    static String shippedH2Url(Path database) {
        return ApplicationSettings.shippedH2Url(database);
    }

    /**
     * Rows per key of a stopped application's database: {@code sql} selects a key and a count, as in
     * {@code select event_id, count(*) from inbound_event group by event_id}.
     */
    static Map<String, Long> countsPerKey(String jdbcUrl, String user, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        rows(jdbcUrl, user, sql).forEach(row -> counts.put(row[0], Long.parseLong(row[1])));
        return counts;
    }

    /** The rows {@code sql} selects from a stopped application's database (or PostgreSQL's), as strings. */
    static List<String[]> rows(String jdbcUrl, String user, String sql) throws SQLException {
        List<String[]> selected = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rows.getString(i + 1);
                }
                selected.add(row);
            }
        }
        return selected;
    }

    /** {@code /actuator/prometheus} as the admin (HTTP Basic), as a scraper reads it. */
    static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = get(port, "/actuator/prometheus", true);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /actuator/prometheus answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * The sum of the series {@code name} whose labels include {@code labels} ({@code channel="telegram"}) in a
     * {@link #scrape}; 0 when there is none yet.
     */
    static double metric(String scrape, String name, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * The arguments of a child instance in the {@code cluster} profile, Telegram by webhook on {@code telegram},
     * on {@code schema} of the machine's PostgreSQL.
     */
    static List<String> clusterArguments(FakeTelegramServer telegram, String schema) {
        List<String> arguments = new ArrayList<>(List.of(arguments(telegram, "webhook", POSTGRES + "?currentSchema="
                + schema)));
        arguments.addAll(List.of("--spring.profiles.active=cluster", "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.schemas=" + schema));
        return arguments;
    }

    /** Starts the application in a child JVM and waits until it is ready; kills it if it never is. */
    static ChildApplication startChild(Path log, List<String> arguments) throws InterruptedException {
        ChildApplication app = ChildApplication.start(SwitchboardApplication.class.getName(), log, arguments);
        try {
            app.waitUntilReady(CHILD_STARTUP);
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** Drops what an earlier run left of a test's PostgreSQL schema, so that each run starts empty. */
    public static void dropSchema(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            connection.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** An application with no connector of its own yet: a private in-memory database and the admin password. */
    static void database(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";" + H2_MODE);
        registry.add("switchboard.admin.password", () -> ADMIN_PASSWORD);
    }

    /** All three connectors on their fakes, Telegram polling, on a private in-memory database. */
    static void everyChannel(DynamicPropertyRegistry registry, FakeTelegramServer telegram, FakeXServer x,
            FakeGraphServer graph, String database) {
        configure(registry, telegram, "polling", "jdbc:h2:mem:" + database + ";" + H2_MODE);
        twitter(registry, x);
        facebook(registry, graph);
    }

    /** Stops the fake platforms of a test class. */
    static void stop(AutoCloseable... fakes) throws Exception {
        for (AutoCloseable fake : fakes) {
            fake.close();
        }
    }

    /** The X connector polling the fake X every 200 ms, posting with an OAuth 2 user token, webhook on. */
    static void twitter(DynamicPropertyRegistry registry, FakeXServer x) {
        for (String[] property : twitterProperties(x)) {
            registry.add(property[0], () -> property[1]);
        }
    }

    /** The same X settings as command-line arguments, for tests that start the application themselves. */
    static String[] twitterArguments(FakeXServer x) {
        return java.util.Arrays.stream(twitterProperties(x))
                .map(property -> "--" + property[0] + "=" + property[1])
                .toArray(String[]::new);
    }

    private static String[][] twitterProperties(FakeXServer x) {
        return new String[][] {
            {"switchboard.twitter.api-url", x.apiUrl()},
            {"switchboard.twitter.bearer-token", FakeXServer.APP_BEARER_TOKEN},
            {"switchboard.twitter.user-access-token", "flow-test-user-token"},
            {"switchboard.twitter.account-id", XFixtures.ACCOUNT_ID},
            {"switchboard.twitter.account-handle", XFixtures.ACCOUNT_HANDLE},
            {"switchboard.twitter.poll-interval", "200ms"},
            {"switchboard.twitter.max-requests-per-window", "1000"},
            {"switchboard.twitter.link-base-url", HELP_LINK},
            {"switchboard.twitter.webhook-consumer-secret", X_WEBHOOK_SECRET},
        };
    }

    /** The Facebook connector on the fake Graph API's page. */
    static void facebook(DynamicPropertyRegistry registry, FakeGraphServer graph) {
        registry.add("switchboard.facebook.graph-api-url", graph::apiUrl);
        registry.add("switchboard.facebook.graph-api-version", () -> FakeGraphServer.VERSION);
        registry.add("switchboard.facebook.page-id", () -> FakeGraphServer.PAGE_ID);
        registry.add("switchboard.facebook.page-access-token", () -> FakeGraphServer.PAGE_ACCESS_TOKEN);
        registry.add("switchboard.facebook.app-secret", () -> FakeGraphServer.APP_SECRET);
        registry.add("switchboard.facebook.verify-token", () -> FakeGraphServer.VERIFY_TOKEN);
    }

    /**
     * The e-mail channel on {@code mail}: the support mailbox {@value #SUPPORT_ADDRESS} read over plain IMAP every
     * 300 ms (and IDLE), replies sent through its SMTP server, which delivers to any address's mailbox there.
     * Not part of {@link #everyChannel}: the tests that count channels, routes and health entries count three.
     */
    static void email(DynamicPropertyRegistry registry, TestMailServer mail) {
        registry.add("switchboard.email.address", () -> SUPPORT_ADDRESS);
        registry.add("switchboard.email.display-name", () -> "NovaEx Support");
        registry.add("switchboard.email.imap.host", () -> "127.0.0.1");
        registry.add("switchboard.email.imap.port", mail::imapPort);
        registry.add("switchboard.email.imap.security", () -> "NONE");
        registry.add("switchboard.email.imap.username", () -> SUPPORT_ADDRESS);
        registry.add("switchboard.email.imap.password", () -> "flow-test-imap-password");
        registry.add("switchboard.email.imap.poll-interval", () -> "300ms");
        registry.add("switchboard.email.smtp.host", () -> "127.0.0.1");
        registry.add("switchboard.email.smtp.port", mail::smtpPort);
        registry.add("switchboard.email.smtp.security", () -> "NONE");
    }

    /** The same settings as command-line arguments, for tests that start the application themselves. */
    public static String[] arguments(FakeTelegramServer telegram, String mode, String jdbcUrl) {
        return ApplicationSettings.arguments(telegram, mode, jdbcUrl);
    }
}
