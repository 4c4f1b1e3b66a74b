package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import city.civic.voice.net.PeerAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Map;
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
 * are cheap, the code stays sequential, and one stuck peer blocks only its own threads.
 *
 * <p>Limits, checked on the accept thread in this order: a peer not in {@code allowedPeers} is closed
 * before anything is read or written; over {@code maxCalls} connections in all, or over
 * {@code maxCallsPerPeer} from the peer's address, the connection is ended at once with the hangup
 * message, so the dialplan falls back. A connection holds its slot from accept, so the UUID must arrive
 * within {@code handshakeTimeout} of accept, all reads together ({@link SocketFrames}): silent or
 * trickling peers cannot keep the slots.
 */
public final class AudioSocketServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AudioSocketServer.class);

    private final InetSocketAddress bindAddress;
    private final CallAudioHandlers handlers;
    private final Settings settings;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Map<InetAddress, Integer> perPeer = new ConcurrentHashMap<>();
    private final ExecutorService callThreads;
    private volatile ServerSocket serverSocket;

    /**
     * @param handshakeTimeout how long after accept a new connection's UUID must have arrived, in total
     * @param idleTimeout how long a call may stay silent on the wire (Asterisk sends a frame every 20 ms)
     * @param maxCalls connections served at once
     * @param maxCallsPerPeer connections served at once from one address
     * @param allowedPeers the addresses that may connect at all
     */
    public record Settings(Duration handshakeTimeout, Duration idleTimeout, int maxCalls, int maxCallsPerPeer,
            PeerAddresses allowedPeers) {
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
        log.info("audiosocket.listening address={} port={} allowed-peers={}",
                bindAddress.getAddress().getHostAddress(), port(), settings.allowedPeers());
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
            Socket connection;
            try {
                connection = socket.accept();
            } catch (SocketException e) {
                if (!socket.isClosed()) {
                    log.warn("audiosocket.accept-failed reason={}", e.toString());
                }
                continue;
            } catch (IOException e) {
                log.warn("audiosocket.accept-failed reason={}", e.toString());
                continue;
            }
            try {
                accepted(connection);
            } catch (IOException | RuntimeException e) {
                log.warn("audiosocket.accept-failed peer={} reason={}", connection.getRemoteSocketAddress(),
                        e.toString());
                SocketFrames.closeQuietly(connection);
            }
        }
    }

    private void accepted(Socket socket) throws IOException {
        InetAddress address = socket.getInetAddress();
        if (!settings.allowedPeers().allows(address)) {
            log.warn("audiosocket.peer-refused address={}", address.getHostAddress());
            SocketFrames.closeQuietly(socket);
            return;
        }
        String peer = socket.getRemoteSocketAddress().toString();
        socket.setTcpNoDelay(true);
        SocketFrames frames = new SocketFrames(socket, settings.handshakeTimeout());
        if (connections.size() >= settings.maxCalls()) {
            log.warn("audiosocket.refused-full peer={} active={}", peer, connections.size());
            refuse(frames);
            return;
        }
        int fromPeer = perPeer.getOrDefault(address, 0);
        if (fromPeer >= settings.maxCallsPerPeer()) {
            log.warn("audiosocket.refused-peer-full peer={} active-from-peer={}", peer, fromPeer);
            refuse(frames);
            return;
        }
        // Only this thread adds, so the checks above still hold; call threads only remove.
        connections.add(socket);
        perPeer.merge(address, 1, Integer::sum);
        try {
            callThreads.execute(() -> {
                try {
                    new AudioSocketCall(frames, frames, handlers, settings.idleTimeout(), peer).run();
                } finally {
                    release(socket, address);
                }
            });
        } catch (RuntimeException e) {
            release(socket, address);
            frames.close();
            throw e;
        }
    }

    /** The hangup message on a fresh connection (3 bytes: never blocks), then close. */
    private static void refuse(SocketFrames frames) throws IOException {
        try (frames) {
            frames.send(Frame.hangup());
        }
    }

    private void release(Socket socket, InetAddress address) {
        connections.remove(socket);
        perPeer.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
    }
}
