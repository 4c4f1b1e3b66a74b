package city.civic.voice.agi;

import city.civic.voice.net.PeerAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Asterisk-Java's {@link DefaultAgiServer} on its own thread, with scripts mapped by name
 * ({@code agi://host:port/NAME}) through a {@link SimpleMappingStrategy}, never the default class-name or
 * resource-bundle strategies. {@link #start()} returns once the port is bound, or fails.
 *
 * <p>The server's {@code createServerSocket()} is overridden to listen through a {@link GuardedServerSocket}:
 * only {@code allowedPeers} get a connection handler, and their lines are read by a
 * {@link CappedLineConnection} (line length cap, deadline for the whole environment). Nothing else of the
 * library is replaced.
 */
public final class FastAgiServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);
    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(10);
    /** Asterisk-Java's own backlog ({@code DefaultAgiServer.BACKLOG}). */
    private static final int BACKLOG = 200;

    private final FastAgiProperties properties;
    private final PeerAddresses allowedPeers;
    private final Map<String, AgiScript> scripts;
    private DefaultAgiServer server;
    private Thread thread;
    private int port;

    public FastAgiServer(FastAgiProperties properties, PeerAddresses allowedPeers, Map<String, AgiScript> scripts) {
        this.properties = properties;
        this.allowedPeers = allowedPeers;
        this.scripts = Map.copyOf(scripts);
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        port = properties.port() == 0 ? freePort() : properties.port();
        CompletableFuture<Void> bound = new CompletableFuture<>();
        server = newServer(bound);
        thread = new Thread(() -> serve(server, bound), "fastagi-" + port);
        thread.setDaemon(true);
        thread.start();
        awaitBound(bound);
        log.info("fastagi.listening address={} port={} scripts={} allowed-peers={}", properties.bindAddress(), port,
                scripts.keySet(), allowedPeers);
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        try {
            thread.join(BIND_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        thread = null;
        log.info("fastagi.stopped port={}", port);
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port listened on (a free one was picked when configured as 0). */
    public synchronized int port() {
        return port;
    }

    /** Scripts running now; 0 when no call is inside an AGI step. */
    public synchronized int activeScripts() {
        return server == null ? 0 : server.getPoolActiveTaskCount();
    }

    private DefaultAgiServer newServer(CompletableFuture<Void> bound) {
        SimpleMappingStrategy mapping = new SimpleMappingStrategy();
        mapping.setMappings(scripts);
        DefaultAgiServer agiServer = new DefaultAgiServer(mapping) {
            @Override
            protected ServerSocketFacade createServerSocket() throws IOException {
                ServerSocketFacade socket = new GuardedServerSocket(new ServerSocket(port, BACKLOG, address()),
                        allowedPeers, properties.maxLineLength(), properties.readTimeout());
                bound.complete(null);
                return socket;
            }
        };
        agiServer.setAddress(address());
        agiServer.setPort(port);
        agiServer.setPoolSize(properties.poolSize());
        agiServer.setMaximumPoolSize(Math.max(properties.poolSize(), properties.maximumPoolSize()));
        return agiServer;
    }

    private static void serve(DefaultAgiServer agiServer, CompletableFuture<Void> bound) {
        try {
            agiServer.startup();
        } catch (IOException | RuntimeException e) {
            bound.completeExceptionally(e);
            log.error("fastagi.failed", e);
        }
    }

    private void awaitBound(CompletableFuture<Void> bound) {
        try {
            bound.get(BIND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            server = null;
            throw new IllegalStateException("FastAGI server could not listen on " + properties.bindAddress() + ":"
                    + port, e.getCause() != null ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server = null;
            throw new IllegalStateException("interrupted while starting the FastAGI server", e);
        }
    }

    /** Asterisk-Java binds by number only, so port 0 (tests) means: find a free port first. */
    private int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, address())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for FastAGI on " + properties.bindAddress(), e);
        }
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(properties.bindAddress());
        } catch (IOException e) {
            throw new IllegalStateException("civic.voice.fastagi.bind-address: " + properties.bindAddress(), e);
        }
    }
}
