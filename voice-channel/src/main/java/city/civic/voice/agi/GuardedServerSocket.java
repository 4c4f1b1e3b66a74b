package city.civic.voice.agi;

import city.civic.voice.net.PeerAddresses;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket Asterisk-Java's {@code DefaultAgiServer} accepts from, returned by our override of
 * its {@code createServerSocket()} in place of its {@code ServerSocketFacadeImpl}. {@link #accept()}
 * closes connections from addresses not allowed (before reading anything, so no handler thread is ever
 * taken) and keeps waiting; allowed ones become {@link CappedLineConnection}s. The library's accept loop,
 * thread pool and handlers stay as they are.
 */
final class GuardedServerSocket implements ServerSocketFacade {

    private static final Logger log = LoggerFactory.getLogger(GuardedServerSocket.class);

    private final ServerSocket serverSocket;
    private final PeerAddresses allowedPeers;
    private final int maxLineBytes;
    private volatile Duration readTimeout;

    GuardedServerSocket(ServerSocket serverSocket, PeerAddresses allowedPeers, int maxLineBytes,
            Duration readTimeout) {
        this.serverSocket = serverSocket;
        this.allowedPeers = allowedPeers;
        this.maxLineBytes = maxLineBytes;
        this.readTimeout = readTimeout;
    }

    @Override
    public SocketConnectionFacade accept() throws IOException {
        while (true) {
            Socket socket = serverSocket.accept();
            if (!allowedPeers.allows(socket.getInetAddress())) {
                log.warn("fastagi.peer-refused address={}", socket.getInetAddress().getHostAddress());
                closeQuietly(socket);
                continue;
            }
            try {
                return new CappedLineConnection(socket, maxLineBytes, readTimeout);
            } catch (IOException e) {
                // this connection only (reset before we got to it): keep listening
                log.info("fastagi.connection-failed peer={} reason={}", socket.getRemoteSocketAddress(),
                        e.toString());
                closeQuietly(socket);
            }
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    /**
     * The deadline for connections accepted from now on, in milliseconds. A FastAGI peer always has one here,
     * so "no timeout" (zero or less, in Asterisk-Java's convention) is refused.
     */
    @Override
    public void setSocketReadTimeout(int socketReadTimeout) {
        if (socketReadTimeout <= 0) {
            throw new IllegalArgumentException("a FastAGI read timeout must be positive: " + socketReadTimeout);
        }
        readTimeout = Duration.ofMillis(socketReadTimeout);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
