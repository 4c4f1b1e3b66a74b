package city.civic.voice.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.asterisk.AudioSocketPeer;
import city.civic.asterisk.Frame;
import city.civic.asterisk.FrameCodec;
import city.civic.voice.net.PeerAddresses;
import city.civic.voice.net.TricklingPeer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's limits over real loopback sockets: the handshake deadline against silent and trickling
 * peers, the per-address cap, and the allowed peers. 127.0.0.2 stands for a second host (Linux routes
 * all of 127.0.0.0/8 on loopback).
 */
class AudioSocketServerGuardsIntegrationTests {

    static final Duration DEADLINE = Duration.ofSeconds(1);
    static final Duration TRICKLE = Duration.ofMillis(300);
    static final InetAddress HOST_1 = address("127.0.0.1");
    static final InetAddress HOST_2 = address("127.0.0.2");

    final Map<UUID, RecordingCall> calls = new ConcurrentHashMap<>();
    final List<AutoCloseable> closing = new ArrayList<>();
    AudioSocketServer server;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : closing) {
            closeable.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSilentPeerIsClosedAtTheHandshakeDeadlineAndItsSlotServesTheNextCall() throws Exception {
        start(DEADLINE, 1, 1, "127.0.0.0/8");
        TricklingPeer silent = open(new TricklingPeer(server.port()));

        TricklingPeer.Outcome outcome = silent.trickle(new byte[0], TRICKLE, DEADLINE.multipliedBy(3));

        assertThat(outcome.closedByServer()).as("closed by the server within 3 x the deadline").isTrue();
        assertThat(outcome.bytesReceived()).as("without a frame").isZero();
        assertRealCallServed();
    }

    @Test
    void aPeerTricklingItsUuidOneByteAtATimeIsCutAtTheTotalDeadlineThoughEachReadIsInTime() throws Exception {
        start(DEADLINE, 8, 8, "127.0.0.0/8");
        UUID id = expect();
        byte[] uuidMessage = FrameCodec.encode(Frame.uuid(id)); // 19 bytes: 5.7 s at one byte per 300 ms
        TricklingPeer slow = open(new TricklingPeer(server.port()));

        TricklingPeer.Outcome outcome = slow.trickle(uuidMessage, TRICKLE, DEADLINE.multipliedBy(3));

        assertThat(outcome.closedByServer()).isTrue();
        assertThat(outcome.bytesSent()).as("bytes that arrived in time, one read each, before the cut")
                .isGreaterThan(1).isLessThan(uuidMessage.length);
        assertThat(outcome.bytesReceived()).isZero();
        assertThat(calls.get(id).output).as("the call was never opened").isNull();
        await().atMost(2, TimeUnit.SECONDS).until(() -> server.activeCalls() == 0);
    }

    @Test
    void sixtyFourTricklingPeersHoldingEverySlotAreCutAndThenARealCallIsServed() throws Exception {
        Duration deadline = Duration.ofSeconds(2); // the default; room to check the slots are all taken
        start(deadline, 64, 64, "127.0.0.0/8");
        List<TricklingPeer> peers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            peers.add(open(new TricklingPeer(server.port())));
        }
        ExecutorService threads = Executors.newFixedThreadPool(64);
        try {
            byte[] uuidMessage = FrameCodec.encode(Frame.uuid(UUID.randomUUID()));
            List<Future<TricklingPeer.Outcome>> outcomes = new ArrayList<>();
            for (TricklingPeer peer : peers) {
                outcomes.add(threads.submit(() -> peer.trickle(uuidMessage, TRICKLE, deadline.multipliedBy(3))));
            }
            await().atMost(deadline).until(() -> server.activeCalls() == 64);
            try (AudioSocketPeer sixtyFifth = new AudioSocketPeer(server.port())) {
                assertThat(sixtyFifth.receive()).as("every slot is taken").isEqualTo(Frame.hangup());
            }

            for (Future<TricklingPeer.Outcome> outcome : outcomes) {
                TricklingPeer.Outcome cut = outcome.get(deadline.multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS);
                assertThat(cut.closedByServer()).isTrue();
                assertThat(cut.bytesReceived()).isZero();
                assertThat(cut.bytesSent()).isLessThan(uuidMessage.length);
            }
        } finally {
            threads.shutdownNow();
        }
        assertRealCallServed();
    }

    @Test
    void connectionsOverThePerAddressCapGetTheHangupMessageWhileAnotherAddressIsServed() throws Exception {
        start(DEADLINE, 8, 2, "127.0.0.0/8");
        UUID first = expect();
        AudioSocketPeer one = open(new AudioSocketPeer(HOST_1, server.port())).hello(first);
        open(new AudioSocketPeer(HOST_1, server.port())).hello(expect());
        await().atMost(2, TimeUnit.SECONDS).until(() -> server.activeCalls() == 2);

        try (AudioSocketPeer third = new AudioSocketPeer(HOST_1, server.port())) {
            third.hello(expect());
            assertThat(third.receive()).isEqualTo(Frame.hangup());
            assertThat(third.receive()).isNull();
        }

        UUID fromOtherHost = expect();
        open(new AudioSocketPeer(HOST_2, server.port())).hello(fromOtherHost).talk(3);
        await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(fromOtherHost).audio.size() == 3);

        one.close();
        assertThat(calls.get(first).hungUp.await(2, TimeUnit.SECONDS)).isTrue();
        await().atMost(2, TimeUnit.SECONDS).until(() -> server.activeCalls() == 2);
        UUID again = expect();
        open(new AudioSocketPeer(HOST_1, server.port())).hello(again).talk(2);
        await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(again).audio.size() == 2);
    }

    @Test
    void aPeerNotAllowedIsClosedWithoutAFrameWhileAnAllowedOneIsServed() throws Exception {
        start(DEADLINE, 8, 8, "127.0.0.2/32");
        UUID refused = expect();
        try (AudioSocketPeer stranger = new AudioSocketPeer(HOST_1, server.port())) {
            stranger.hello(refused);
            assertThat(stranger.closedWithoutAFrame()).isTrue();
        }
        assertThat(calls.get(refused).output).isNull();

        UUID allowed = expect();
        try (AudioSocketPeer asterisk = new AudioSocketPeer(HOST_2, server.port())) {
            asterisk.hello(allowed).talk(3);
            await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(allowed).audio.size() == 3);
        }
        assertThat(calls.get(allowed).hungUp.await(2, TimeUnit.SECONDS)).isTrue();
    }

    /** A call with its UUID and audio reaches its listener: a slot was free. */
    private void assertRealCallServed() throws Exception {
        await().atMost(2, TimeUnit.SECONDS).until(() -> server.activeCalls() == 0);
        UUID id = expect();
        try (AudioSocketPeer asterisk = new AudioSocketPeer(server.port())) {
            asterisk.hello(id).talk(5);
            await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(id).audio.size() == 5);
        }
        assertThat(calls.get(id).hungUp.await(2, TimeUnit.SECONDS)).isTrue();
    }

    private void start(Duration handshakeDeadline, int maxCalls, int maxCallsPerPeer, String allowedPeers)
            throws IOException {
        server = new AudioSocketServer(InetAddress.getLoopbackAddress(), 0,
                (id, output) -> Optional.ofNullable(calls.get(id)).map(call -> {
                    call.output = output;
                    return call;
                }),
                new AudioSocketServer.Settings(handshakeDeadline, Duration.ofSeconds(5), maxCalls, maxCallsPerPeer,
                        PeerAddresses.parse("test", List.of(allowedPeers))));
        server.start();
    }

    private UUID expect() {
        UUID id = UUID.randomUUID();
        calls.put(id, new RecordingCall());
        return id;
    }

    private <T extends AutoCloseable> T open(T closeable) {
        closing.add(closeable);
        return closeable;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
