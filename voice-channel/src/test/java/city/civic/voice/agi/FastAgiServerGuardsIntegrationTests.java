package city.civic.voice.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.asterisk.AgiClient;
import city.civic.dialog.Language;
import city.civic.voice.calls.InMemoryCalls;
import city.civic.voice.net.PeerAddresses;
import city.civic.voice.net.TricklingPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asteriskjava.fastagi.internal.AgiConnectionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The FastAGI server's limits over real loopback sockets: allowed peers, the line cap and the
 * environment's total deadline. 127.0.0.2 stands for a second host (Linux routes all of 127.0.0.0/8 on
 * loopback).
 */
class FastAgiServerGuardsIntegrationTests {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    static final InetAddress HOST_1 = address("127.0.0.1");
    static final InetAddress HOST_2 = address("127.0.0.2");

    final FakeConversations conversations = new FakeConversations();
    final InMemoryCalls calls = new InMemoryCalls(Clock.systemUTC(), Duration.ofHours(1));
    FastAgiServer server;
    int port;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aPeerNotAllowedIsClosedWithoutAnyAgiExchangeWhileAnAllowedOneRunsItsScript() throws IOException {
        start("127.0.0.2/32");

        try (Socket stranger = connect(HOST_1)) {
            String environment = String.join("\n", new AgiClient(port).environment("start")) + "\n\n";
            try {
                stranger.getOutputStream().write(environment.getBytes(StandardCharsets.UTF_8));
            } catch (SocketException e) {
                // already closed by the server: fine
            }
            assertThat(closedWithoutAWord(stranger)).as("end of stream, no AGI command").isTrue();
        }
        assertThat(conversations.started).isEmpty();

        AgiClient asterisk = new AgiClient(port).from(HOST_2);
        asterisk.run("start");
        assertThat(asterisk.variables()).containsKey("BOT_UUID").containsEntry("AJ_AGISTATUS", "SUCCESS");
        assertThat(conversations.started).hasSize(1);
    }

    @Test
    void aSixtyMegabyteLineIsCutAfterAboutEightKilobytesAndTheServerServesOn() throws IOException {
        start("127.0.0.0/8");
        long sixtyMegabytes = 60L * 1024 * 1024;
        long written = 0;
        try (Socket flood = connect(HOST_1)) {
            OutputStream out = flood.getOutputStream();
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            try {
                while (written < sixtyMegabytes) {
                    out.write(chunk); // streamed: no newline, never held in memory
                    written += chunk.length;
                }
            } catch (SocketException e) {
                // the server closed the connection: stop writing
            }
            assertThat(closedWithoutAWord(flood)).isTrue();
        }
        // What was written before the close is what the kernel buffers took, not what the server read.
        assertThat(written).as("bytes written before the server closed").isLessThan(sixtyMegabytes / 4);
        assertServerIdleAndStillServing();
    }

    @Test
    void anEnvironmentTrickledByteByByteIsCutAtTheReadTimeoutInTotal() throws IOException {
        start("127.0.0.0/8");
        byte[] environment = (String.join("\n", new AgiClient(port).environment("start")) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);

        TricklingPeer.Outcome outcome;
        try (TricklingPeer slow = new TricklingPeer(HOST_1, port)) {
            outcome = slow.trickle(environment, Duration.ofMillis(300), READ_TIMEOUT.multipliedBy(4));
        }

        assertThat(outcome.closedByServer()).as("cut within 4 x the read timeout").isTrue();
        assertThat(outcome.bytesSent()).as("each byte in time, the environment never complete")
                .isGreaterThan(1).isLessThan(environment.length);
        assertThat(outcome.bytesReceived()).as("no AGI command").isZero();
        assertThat(conversations.started).isEmpty();
        assertServerIdleAndStillServing();
    }

    private void start(String allowedPeers) throws IOException {
        port = freePort();
        FastAgiProperties properties = new FastAgiProperties(true, "127.0.0.1", port, 2, 4, READ_TIMEOUT, 8192,
                "en", "counsellors");
        server = new FastAgiServer(properties, PeerAddresses.parse("test", List.of(allowedPeers)), Map.of(
                StartCallScript.NAME, new StartCallScript(conversations, calls, Language.EN, Set.of(Language.EN)),
                RouteCallScript.NAME, new RouteCallScript(calls, "counsellors")));
        server.start();
    }

    private void assertServerIdleAndStillServing() throws IOException {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(server.activeScripts()).isZero();
            assertThat(AgiConnectionHandler.AGI_CONNECTION_HANDLERS).isEmpty();
        });
        AgiClient next = new AgiClient(port);
        next.run("route");
        assertThat(next.variables()).containsEntry("CIVIC_ROUTE", "queue");
    }

    /** Whether the server closed the connection (end of stream or reset) without sending anything. */
    private static boolean closedWithoutAWord(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        try {
            return in.read() == -1;
        } catch (SocketException e) {
            return true;
        }
    }

    private Socket connect(InetAddress from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        return socket;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
