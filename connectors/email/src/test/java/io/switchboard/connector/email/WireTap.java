package io.switchboard.connector.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A relay on 127.0.0.1 in front of a mail server that keeps every byte the client (the connector) sent: what a
 * listener on the network would see. A test points the connector at {@link #port()} and then reads whether the
 * first byte was a TLS handshake, or whether a login or a mail crossed in the clear.
 */
public final class WireTap implements AutoCloseable {

    /** The first byte of a TLS record that starts a handshake (a ClientHello). */
    private static final int TLS_HANDSHAKE = 0x16;

    private final ServerSocket socket;
    private final int serverPort;
    private final ByteArrayOutputStream fromClient = new ByteArrayOutputStream();

    public WireTap(int serverPort) {
        this.serverPort = serverPort;
        try {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "wire-tap");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Everything the client sent, over all its connections, read as Latin-1 (commands and secrets show as text). */
    public String clientSent() {
        synchronized (fromClient) {
            return fromClient.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** True when the client has connected and its first byte began a TLS handshake. */
    public boolean clientStartedWithTls() {
        synchronized (fromClient) {
            byte[] bytes = fromClient.toByteArray();
            return bytes.length > 0 && bytes[0] == TLS_HANDSHAKE;
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                relay(client.getInputStream(), server.getOutputStream(), true, client, server);
                relay(server.getInputStream(), client.getOutputStream(), false, client, server);
            } catch (IOException e) {
                // closed by the test, or the server refused: the client sees its connection end
            }
        }
    }

    private void relay(InputStream in, OutputStream out, boolean record, Socket client, Socket server) {
        Thread copying = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (client; server) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (record) {
                        synchronized (fromClient) {
                            fromClient.write(buffer, 0, read);
                        }
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side hung up: both connections end
            }
        }, "wire-tap-copy");
        copying.setDaemon(true);
        copying.start();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
