package city.civic.voice.audiosocket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP server Asterisk's {@code AudioSocket()} application (or channel driver) connects to, once per
 * call; Asterisk is always the client ({@code res/res_audiosocket.c}, {@code ast_audiosocket_connect}).
 *
 * <p>Blocking JDK sockets with one thread per connection (plus the call's pacing thread): a call is a
 * steady 50 small frames a second each way, so at telephony volumes (tens of calls per node) threads
 * are cheap, the code stays sequential, and one stuck peer blocks only its own threads. Over
 * {@code maxCalls} a connection is ended at once with the hangup message, so the dialplan falls back.
 */
public final class AudioSocketServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AudioSocketServer.class);

    private final InetSocketAddress bindAddress;
    private final CallAudioHandlers handlers;
    private final Settings settings;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final ExecutorService callThreads;
    private volatile ServerSocket serverSocket;

    /**
     * @param handshakeTimeout how long a new connection may take to send its UUID
     * @param idleTimeout how long a call may stay silent on the wire (Asterisk sends a frame every 20 ms)
     * @param maxCalls connections served at once
     */
    public record Settings(Duration handshakeTimeout, Duration idleTimeout, int maxCalls) {
    }

    public AudioSocketServer(InetAddress address, int port, CallAudioHandlers handlers, Settings settings) {
        this.bindAddress = new InetSocketAddress(address, port);
        this.handlers = handlers;
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.callThreads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "audiosocket-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public synchronized AudioSocketServer start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(bindAddress, 50);
        serverSocket = socket;
        Thread acceptor = new Thread(this::acceptLoop, "audiosocket-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        log.info("audiosocket.listening address={} port={}", bindAddress.getAddress().getHostAddress(), port());
        return this;
    }

    /** The bound port (the real one when configured as 0). */
    public int port() {
        return serverSocket.getLocalPort();
    }

    public int activeCalls() {
        return connections.size();
    }

    @Override
    public synchronized void close() {
        ServerSocket socket = serverSocket;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        connections.forEach(SocketFrames::closeQuietly);
        callThreads.shutdownNow();
    }

    private void acceptLoop() {
        ServerSocket socket = serverSocket;
        while (!socket.isClosed()) {
            try {
                accepted(socket.accept());
            } catch (SocketException e) {
                if (!socket.isClosed()) {
                    log.warn("audiosocket.accept-failed reason={}", e.toString());
                }
            } catch (IOException e) {
                log.warn("audiosocket.accept-failed reason={}", e.toString());
            }
        }
    }

    private void accepted(Socket socket) throws IOException {
        String peer = socket.getRemoteSocketAddress().toString();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(Math.toIntExact(settings.handshakeTimeout().toMillis()));
        SocketFrames frames = new SocketFrames(socket);
        if (connections.size() >= settings.maxCalls()) {
            log.warn("audiosocket.refused-full peer={} active={}", peer, connections.size());
            try (frames) {
                frames.send(Frame.hangup());
            }
            return;
        }
        connections.add(socket);
        try {
            callThreads.execute(() -> {
                try {
                    new AudioSocketCall(frames, frames, handlers, settings.idleTimeout(), peer).run();
                } finally {
                    connections.remove(socket);
                }
            });
        } catch (RuntimeException e) {
            connections.remove(socket);
            frames.close();
            throw e;
        }
    }
}
