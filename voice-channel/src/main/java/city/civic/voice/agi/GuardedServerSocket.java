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
    private final Duration readTimeout;

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

    /** Unused: the read timeout is given at construction ({@code civic.voice.fastagi.read-timeout}). */
    @Override
    public void setSocketReadTimeout(int socketReadTimeout) {
        throw new UnsupportedOperationException("the read timeout is set at construction");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
