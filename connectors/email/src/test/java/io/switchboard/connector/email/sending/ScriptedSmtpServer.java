package io.switchboard.connector.email.sending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on 127.0.0.1 that answers as a test scripts it: what a real server says when it refuses a
 * recipient, asks us to come back later, rejects our login, or drops the connection after taking the mail. GreenMail
 * takes every mail, so these answers need a server of their own.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private volatile String rcptReply = "250 OK";
    private volatile String authReply = "235 2.7.0 Authentication successful";
    /** Null: close the connection once the mail's data has been read, without a word. */
    private volatile String dataReply = "250 2.0.0 queued";

    ScriptedSmtpServer() {
        try {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread serving = new Thread(this::serve, "scripted-smtp");
        serving.setDaemon(true);
        serving.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    ScriptedSmtpServer rcpt(String reply) {
        rcptReply = reply;
        return this;
    }

    ScriptedSmtpServer auth(String reply) {
        authReply = reply;
        return this;
    }

    ScriptedSmtpServer afterData(String replyOrNullToHangUp) {
        dataReply = replyOrNullToHangUp;
        return this;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the test closed the server, or the client hung up: wait for the next connection
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        say(out, "220 scripted ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> say(out, "250-scripted\r\n250 AUTH PLAIN LOGIN");
                case "AUTH" -> say(out, authReply);
                case "RCPT" -> say(out, rcptReply);
                case "DATA" -> {
                    say(out, "354 go ahead");
                    while (!".".equals(in.readLine())) {
                        // the mail itself
                    }
                    if (dataReply == null) {
                        return;
                    }
                    say(out, dataReply);
                }
                case "QUIT" -> {
                    say(out, "221 bye");
                    return;
                }
                default -> say(out, "250 OK");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
