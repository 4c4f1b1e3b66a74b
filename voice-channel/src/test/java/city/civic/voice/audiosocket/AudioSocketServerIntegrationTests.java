package city.civic.voice.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.asterisk.AudioSocketPeer;
import city.civic.asterisk.Frame;
import city.civic.asterisk.FrameKind;
import city.civic.voice.net.PeerAddresses;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server over a real loopback socket, driven by a peer that speaks what Asterisk speaks. */
class AudioSocketServerIntegrationTests {

    final Map<UUID, RecordingCall> calls = new ConcurrentHashMap<>();
    final AudioSocketServer server = new AudioSocketServer(InetAddress.getLoopbackAddress(), 0,
            (id, output) -> Optional.ofNullable(calls.get(id)).map(call -> {
                call.output = output;
                return call;
            }),
            new AudioSocketServer.Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 8, 8,
                    PeerAddresses.parse("test", List.of("127.0.0.1/8"))));

    AudioSocketServerIntegrationTests() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void callerAudioAndDtmfReachTheCallThenHangupOnClose() throws Exception {
        UUID id = expect();
        try (AudioSocketPeer asterisk = new AudioSocketPeer(server.port())) {
            asterisk.hello(id).talk(10).send(Frame.dtmf('4')).send(Frame.dtmf('#')).talk(2);
            await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(id).audio.size() == 12);
        }
        RecordingCall call = calls.get(id);
        assertThat(call.hungUp.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(call.audio).allSatisfy(samples -> assertThat(samples).hasSize(160));
        assertThat(call.audio.get(9)[0]).isEqualTo((short) 9);
        assertThat(call.rates).containsOnly(8000);
        assertThat(call.digits).hasToString("4#");
        await().atMost(2, TimeUnit.SECONDS).until(() -> server.activeCalls() == 0);
    }

    @Test
    void unknownUuidIsEndedWithTheHangupMessageAndClosed() throws Exception {
        try (AudioSocketPeer asterisk = new AudioSocketPeer(server.port())) {
            asterisk.hello(UUID.randomUUID());
            assertThat(asterisk.receive()).isEqualTo(Frame.hangup());
            assertThat(asterisk.receive()).isNull();
        }
    }

    @Test
    void aPeerNotStartingWithTheUuidGetsAnErrorFrameAndClose() throws Exception {
        try (AudioSocketPeer peer = new AudioSocketPeer(server.port())) {
            peer.send(Frame.audio(new short[160], 8000));
            assertThat(peer.receive()).isEqualTo(Frame.error(AudioSocketCall.ERROR_NOT_AUDIOSOCKET));
            assertThat(peer.receive()).isNull();
        }
    }

    @Test
    void garbageClosesOnlyThatCall() throws Exception {
        UUID good = expect();
        UUID bad = expect();
        try (AudioSocketPeer healthy = new AudioSocketPeer(server.port());
                AudioSocketPeer broken = new AudioSocketPeer(server.port())) {
            healthy.hello(good).talk(5);
            broken.hello(bad).talk(2).raw("GET / HTTP/1.1\r\n".getBytes());
            assertThat(broken.closedByServer()).isTrue();
            assertThat(calls.get(bad).hungUp.await(2, TimeUnit.SECONDS)).isTrue();

            healthy.talk(5).send(Frame.dtmf('9'));
            await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(good).digits.length() == 1);
            assertThat(calls.get(good).audio).hasSize(10);
            assertThat(calls.get(good).hangups).isZero();
        }
    }

    @Test
    void aHalfHeaderAndAnOversizeFrameEndTheCallCleanly() throws Exception {
        UUID half = expect();
        try (AudioSocketPeer asterisk = new AudioSocketPeer(server.port())) {
            asterisk.hello(half).raw((byte) 0x10, (byte) 0x01);
        }
        assertThat(calls.get(half).hungUp.await(2, TimeUnit.SECONDS)).isTrue();

        UUID oversize = expect();
        try (AudioSocketPeer asterisk = new AudioSocketPeer(server.port())) {
            asterisk.hello(oversize).raw((byte) 0x10, (byte) 0xff, (byte) 0xfe);
            assertThat(asterisk.closedByServer()).isTrue();
        }
        assertThat(calls.get(oversize).hungUp.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void playedAudioArrivesPacedAndInterruptible() throws Exception {
        UUID id = expect();
        try (AudioSocketPeer asterisk = new AudioSocketPeer(server.port())) {
            asterisk.hello(id);
            await().atMost(2, TimeUnit.SECONDS).until(() -> calls.get(id).output != null);
            CallOutput output = calls.get(id).output;
            output.play(new short[8000 * 2], 8000); // 2 s

            long start = System.nanoTime();
            int frames = 0;
            while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(1000)) {
                Frame frame = asterisk.receive();
                assertThat(frame.kind()).isEqualTo(FrameKind.SLIN);
                assertThat(frame.payload()).hasSize(320);
                frames++;
            }
            assertThat(frames).as("about 50 frames a second").isBetween(35, 65);

            output.interrupt();
            assertThat(output.isPlaying()).isFalse();
            asterisk.send(Frame.dtmf('0')); // still alive
            output.hangUp();
            int afterInterrupt = 0;
            Frame frame;
            while ((frame = asterisk.receive()) != null && frame.kind() != FrameKind.HANGUP) {
                afterInterrupt++;
            }
            assertThat(afterInterrupt).as("frames sent after interrupt").isLessThanOrEqualTo(2);
            assertThat(frame).isEqualTo(Frame.hangup());
            assertThat(asterisk.receive()).isNull();
        }
        assertThat(calls.get(id).hungUp.await(2, TimeUnit.SECONDS)).isTrue();
    }

    private UUID expect() {
        UUID id = UUID.randomUUID();
        calls.put(id, new RecordingCall());
        return id;
    }
}
