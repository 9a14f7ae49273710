package dev.hanzi.publisher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP listener on the loopback address that records every connection made to it: books point
 * at it by every route, and it must hear nothing. {@link #close} ends its accept thread.
 */
final class LoopbackListener implements AutoCloseable {
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<String> connections = new ArrayList<>();

    LoopbackListener() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "loopback listener " + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(500);
                byte[] request = new byte[200];
                int read;
                try {
                    read = Math.max(socket.getInputStream().read(request), 0);
                } catch (IOException timeout) {
                    read = 0;
                }
                synchronized (connections) {
                    connections.add(socket.getRemoteSocketAddress() + ": "
                            + new String(request, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1).lines().findFirst().orElse(""));
                }
            } catch (IOException closed) {
                // close() closed the socket: the thread ends.
            }
        }
    }

    /** {@code http://127.0.0.1:PORT/path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /** The connections seen so far, each with the first line of its request. */
    List<String> connections() {
        synchronized (connections) {
            return List.copyOf(connections);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5000);
        if (acceptor.isAlive()) {
            throw new IllegalStateException("the listener's thread did not end");
        }
    }
}
