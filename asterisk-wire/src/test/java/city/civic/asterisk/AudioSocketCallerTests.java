package city.civic.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AudioSocketCallerTests {

    @Test
    void speaksAsAsteriskDoesAndKeepsWhatTheBotSaysUntilItHangsUp() throws Exception {
        UUID id = UUID.randomUUID();
        try (ServerSocket bot = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                AudioSocketCaller caller = AudioSocketCaller.dial(bot.getLocalPort(), id.toString(), 8000);
                Socket line = bot.accept()) {
            line.setSoTimeout(3000);
            InputStream in = new BufferedInputStream(line.getInputStream());
            OutputStream out = line.getOutputStream();

            assertThat(FrameCodec.read(in)).as("the UUID message first").isEqualTo(Frame.uuid(id));
            Frame silence = FrameCodec.read(in);
            assertThat(silence.kind()).isEqualTo(FrameKind.SLIN);
            assertThat(silence.samples()).as("20 ms of silence at 8 kHz").hasSize(160).containsOnly((short) 0);

            caller.press('5');
            Frame next;
            while ((next = FrameCodec.read(in)).kind() == FrameKind.SLIN) {
                // the silence streamed meanwhile
            }
            assertThat(next).isEqualTo(Frame.dtmf('5'));

            short[] hello = new short[160];
            hello[0] = 1234;
            FrameCodec.write(out, Frame.audio(hello, 8000));
            FrameCodec.write(out, Frame.hangup());

            assertThat(caller.awaitEnd(Duration.ofSeconds(3))).isTrue();
            assertThat(caller.hungUpByBot()).isTrue();
            assertThat(caller.audioSince(0)).singleElement().satisfies(frame ->
                    assertThat(frame.samples()).isEqualTo(hello));
            BotSpeech said = caller.awaitBotSpeech(0, Duration.ZERO, Duration.ofSeconds(1));
            assertThat(said.samples()).isEqualTo(hello);
            assertThat(said.seconds()).isEqualTo(0.02);
        }
    }

    @Test
    void theCallEndsWithoutAHangupWhenTheBotClosesTheSocket() throws Exception {
        try (ServerSocket bot = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                AudioSocketCaller caller = AudioSocketCaller.dial(bot.getLocalPort(), UUID.randomUUID().toString(),
                        16000)) {
            try (Socket line = bot.accept()) {
                line.setSoTimeout(3000);
                InputStream in = new BufferedInputStream(line.getInputStream());
                assertThat(FrameCodec.read(in).kind()).isEqualTo(FrameKind.UUID);
                assertThat(FrameCodec.read(in).kind()).as("16 kHz negotiated").isEqualTo(FrameKind.SLIN16);
            }
            assertThat(caller.awaitEnd(Duration.ofSeconds(3))).isTrue();
            assertThat(caller.hungUpByBot()).isFalse();
            assertThat(caller.received()).isEmpty();
        }
    }
}
