package city.civic.integrations.cctv.simulator;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * The embedded default's MQTT broker: Moquette on 127.0.0.1, anonymous, everything in memory (no
 * store on disk, no telemetry, no websocket). It keeps its port across {@link #stop()} and
 * {@link #start()}, so clients can reconnect to it as to a restarted city broker.
 */
public final class EmbeddedMqttBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final int port;
    private Server server;

    /** @param port 0 = a free port */
    public EmbeddedMqttBroker(int port) {
        this.port = port == 0 ? freePort() : port;
        start();
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        var config = new Properties();
        config.setProperty("host", HOST);
        config.setProperty("port", Integer.toString(port));
        config.setProperty("websocket_port", "disabled");
        config.setProperty("allow_anonymous", "true");
        config.setProperty("persistence_enabled", "false");
        config.setProperty("telemetry_enabled", "false");
        config.setProperty("netty.epoll", "false");
        config.setProperty("immediate_buffer_flush", "true");
        var starting = new Server();
        try {
            starting.startServer(new MemoryConfig(config));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded MQTT broker could not start on " + HOST + ":" + port, e);
        }
        server = starting;
    }

    /** Drops every client connection, as a broker going down does. */
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public String url() {
        return "tcp://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
