package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import io.switchboard.testing.mail.TestMailServer;
import jakarta.activation.DataHandler;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The support mailbox to a decision: rounds of mails put into the mailbox of a real IMAP server on 127.0.0.1
 * (GreenMail) at once, read by the application's {@code email-inbox} route, stored, decided; each round once
 * with mails of about 5 KB (a question and a long quoted history) and once with mails of about 2 MB (the
 * question and a screenshot). The baseline is the same mails read from the same server by a bare IMAP client,
 * whole, one after the other: what the mailbox itself allows.
 */
final class EmailBench {

    static final String SUPPORT = "support@bench.example";
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(10);
    private static final int SMALL_BYTES = 5 * 1024;
    private static final int LARGE_BYTES = 2 * 1024 * 1024;

    /** What a mail of the series weighs. */
    enum Size {
        SMALL("5 KB"), LARGE("2 MB");

        final String label;

        Size(String label) {
            this.label = label;
        }
    }

    private final BenchOptions options;
    private final List<String> questions;
    private final TestMailServer mail;
    private int nextMail;

    EmailBench(BenchOptions options, List<LabeledMessage> messages, TestMailServer mail) {
        this.options = options;
        this.questions = messages.stream().filter(LabeledMessage::asks).map(LabeledMessage::text).toList();
        this.mail = mail;
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("the labeled messages hold no questions to mail");
        }
    }

    /** The application's settings for the e-mail channel on this mail server. */
    static Map<String, String> settings(TestMailServer mail) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("switchboard.email.address", SUPPORT);
        settings.put("switchboard.email.imap.host", "127.0.0.1");
        settings.put("switchboard.email.imap.port", Integer.toString(mail.imapPort()));
        settings.put("switchboard.email.imap.security", "NONE");
        settings.put("switchboard.email.imap.username", SUPPORT);
        settings.put("switchboard.email.imap.password", "bench");
        settings.put("switchboard.email.imap.poll-interval", "1s");
        settings.put("switchboard.email.smtp.host", "127.0.0.1");
        settings.put("switchboard.email.smtp.port", Integer.toString(mail.smtpPort()));
        settings.put("switchboard.email.smtp.security", "NONE");
        // every bench mail comes from a sender of its own; a burst is not a loop
        settings.put("switchboard.email.max-per-sender-per-hour", "1000");
        return settings;
    }

    Map<Size, List<EmailRound>> run(AppUnderTest app) throws Exception {
        System.out.printf(Locale.ROOT, "E-mail: %d mails of %s and %d of %s a round, IMAP on 127.0.0.1:%d%n",
                options.mails(), Size.SMALL.label, options.largeMails(), Size.LARGE.label, mail.imapPort());
        JdbcTemplate jdbc = app.jdbc();
        Map<Size, List<EmailRound>> rounds = new LinkedHashMap<>();
        for (Size size : Size.values()) {
            int count = size == Size.SMALL ? options.mails() : options.largeMails();
            for (int r = 1; r <= options.warmupRounds(); r++) {
                round(jdbc, size, count, "e-mail " + size.label + " warm-up " + r + "/" + options.warmupRounds());
            }
            List<EmailRound> measured = new ArrayList<>();
            for (int r = 1; r <= options.rounds(); r++) {
                EmailRound round = round(jdbc, size, count, "e-mail " + size.label + " round " + r + "/" + options.rounds());
                measured.add(round);
                System.out.printf(Locale.ROOT, "e-mail %s round %d/%d: %.1f mails/s, p50 %.0f ms, p99 %.0f ms; "
                                + "bare IMAP read %.1f mails/s%n", size.label, r, options.rounds(),
                        round.decisions().perSecond(), round.decisions().p50() / 1e6, round.decisions().p99() / 1e6,
                        round.baseline().perSecond());
            }
            rounds.put(size, measured);
        }
        return rounds;
    }

    private EmailRound round(JdbcTemplate jdbc, Size size, int count, String label) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mails.add(mail(size, nextMail++));
        }
        Map<String, Instant> delivered = new HashMap<>();
        for (MimeMessage message : mails) {
            delivered.put(bare(message.getMessageID()), Instant.now());
            mail.deliver(SUPPORT, message);
        }
        Map<String, Instant> decided = awaitDecisions(jdbc, delivered.keySet(), label);
        Instant first = delivered.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = decided.values().stream().max(Instant::compareTo).orElse(first);
        long[] latencies = decided.entrySet().stream()
                .mapToLong(e -> Duration.between(delivered.get(e.getKey()), e.getValue()).toNanos()).toArray();
        return new EmailRound(Figures.of(decided.size(), Duration.between(first, last), latencies),
                bareRead(mails), count - decided.size());
    }

    /** Waits until every mail of the round is decided (a reply or a ticket); by Message-ID, when. */
    private static Map<String, Instant> awaitDecisions(JdbcTemplate jdbc, java.util.Set<String> ids, String label)
            throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        Map<String, Instant> decided = new HashMap<>();
        AtomicInteger waiting = new AtomicInteger(ids.size());
        try (Progress progress = Progress.of(label, () -> waiting.get() + " mails not decided yet")) {
            while (decided.size() < ids.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                jdbc.query(DECISIONS, row -> {
                    String id = row.getString("event_id");
                    Timestamp at = row.getTimestamp("decided_at");
                    if (ids.contains(id) && at != null) {
                        decided.putIfAbsent(id, at.toInstant());
                    }
                });
                waiting.set(ids.size() - decided.size());
            }
        }
        if (decided.size() < ids.size()) {
            System.out.printf(Locale.ROOT, "%s: %d mails not decided after %s%n", label, ids.size() - decided.size(),
                    SETTLE_LIMIT);
        }
        return decided;
    }

    // The intake writes the reply (decision key reply:email:<event id>) or the ticket in the transaction that decides.
    private static final String DECISIONS = """
            select e.event_id, coalesce(min(o.created_at), min(t.created_at)) as decided_at
            from inbound_event e
            left join outbox_entry o on o.decision_key = concat('reply:email:', e.event_id)
            left join thread_message m on m.channel = e.channel and m.direction = 'IN' and m.external_id = e.message_id
            left join ticket t on t.thread_id = m.thread_id
            where e.channel = 'EMAIL' and e.event_id like 'bench-%'
            group by e.event_id
            """;

    /** The same mails read whole from the same IMAP server by a bare client, one after the other. */
    private Figures bareRead(List<MimeMessage> mails) throws Exception {
        String reader = "baseline-" + nextMail + "@bench.example";
        mail.account(reader, "bench");
        for (MimeMessage message : mails) {
            mail.deliver(reader, message);
        }
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", Integer.toString(mail.imapPort()));
        // as the inbox fetches: a mail whole in one command, not in 16 KB pieces
        properties.put("mail.imap.partialfetch", "false");
        Store store = Session.getInstance(properties).getStore("imap");
        long[] latencies = new long[mails.size()];
        long start = System.nanoTime();
        store.connect(reader, "bench");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] messages = inbox.getMessages();
            for (int i = 0; i < messages.length && i < latencies.length; i++) {
                long one = System.nanoTime();
                try (InputStream whole = messages[i].getInputStream()) {
                    whole.transferTo(OutputStreamSink.INSTANCE);
                }
                latencies[i] = System.nanoTime() - one;
            }
            inbox.close(false);
        } finally {
            store.close();
        }
        return Figures.of(mails.size(), Duration.ofNanos(System.nanoTime() - start), latencies);
    }

    private MimeMessage mail(Size size, int n) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(TestMailServer.session());
        message.setFrom(new InternetAddress("member" + n + "@members.bench.example", "Member " + n));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        message.setSubject("Question " + n, "UTF-8");
        message.setHeader("Message-ID", "<bench-" + n + "@members.bench.example>");
        String question = questions.get(n % questions.size());
        if (size == Size.SMALL) {
            message.setText(question + "\n\n" + quotedHistory(SMALL_BYTES - question.length()), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(question, "UTF-8");
            MimeBodyPart screenshot = new MimeBodyPart();
            screenshot.setDataHandler(new DataHandler(new ByteArrayDataSource(png(LARGE_BYTES, n), "image/png")));
            screenshot.setFileName("screenshot-" + n + ".png");
            message.setContent(new MimeMultipart(text, screenshot));
        }
        message.saveChanges();
        message.setHeader("Message-ID", "<bench-" + n + "@members.bench.example>");
        return message;
    }

    /** An earlier exchange quoted below the question, as mail clients add it. */
    private static String quotedHistory(int bytes) {
        StringBuilder quoted = new StringBuilder("On Mon, 7 Dec 2026 at 10:00, Support <" + SUPPORT + "> wrote:\n");
        while (quoted.length() < bytes) {
            quoted.append("> Thank you for contacting support. Please tell us the TXID and the time of the transfer.\n");
        }
        return quoted.toString();
    }

    /** A real PNG of noise, which does not compress: about {@code bytes} long, as a large screenshot. */
    private static byte[] png(int bytes, int seed) throws IOException {
        int side = (int) Math.sqrt(bytes / 3.0);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes);
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String bare(String messageId) {
        return messageId.substring(1, messageId.length() - 1);
    }

    /** Reads bytes and keeps none: the baseline pays for the transfer, not for storage. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
