package city.civic.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FrameCodecTests {

    @Test
    void roundTripsEveryKind() throws IOException {
        short[] samples = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE};
        Frame[] frames = {Frame.uuid(UUID.randomUUID()), Frame.dtmf('#'), Frame.audio(samples, 8000),
            Frame.audio(samples, 16000), Frame.hangup(), Frame.error(0x02)};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Frame frame : frames) {
            FrameCodec.write(out, frame);
        }
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        for (Frame frame : frames) {
            assertThat(FrameCodec.read(in)).isEqualTo(frame);
        }
        assertThat(FrameCodec.read(in)).as("clean end between frames").isNull();
    }

    @Test
    void writesTheBytesAsteriskExpects() throws IOException {
        UUID id = UUID.fromString("01020304-0506-0708-090a-0b0c0d0e0f10");
        assertThat(FrameCodec.encode(Frame.uuid(id))).containsExactly(
                0x01, 0x00, 0x10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(FrameCodec.encode(Frame.hangup())).containsExactly(0x00, 0x00, 0x00);
        // length big-endian, PCM little-endian
        assertThat(FrameCodec.encode(Frame.audio(new short[] {0x0102, -2}, 8000)))
                .containsExactly(0x10, 0x00, 0x04, 0x02, 0x01, 0xfe, 0xff);
        assertThat(FrameCodec.encode(Frame.audio(new short[160], 8000))).hasSize(3 + 320);
        assertThat(FrameCodec.encode(Frame.dtmf('5'))).containsExactly(0x03, 0x00, 0x01, '5');
        assertThat(FrameCodec.read(new ByteArrayInputStream(FrameCodec.encode(Frame.uuid(id)))).uuidValue())
                .isEqualTo(id);
    }

    @Test
    void writesHeaderAndPayloadInOneWrite() throws IOException {
        int[] writes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                writes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes[0]++;
            }
        };
        FrameCodec.write(counting, Frame.audio(new short[160], 8000));
        assertThat(writes[0]).isEqualTo(1);
    }

    @Test
    void rejectsUnknownAndUnsupportedKinds() {
        assertRejected(bytes(0x02, 0x00, 0x00), "unknown or unsupported kind 0x02");
        assertRejected(bytes(0x11, 0x00, 0x02, 0, 0), "kind 0x11");
        assertRejected(bytes(0x47, 0x45, 0x54, ' ', '/'), "kind 0x47");
    }

    @Test
    void rejectsBadLengths() {
        assertRejected(bytes(0x10, 0x00, 0x00), "empty SLIN frame");
        assertRejected(bytes(0x10, 0x00, 0x03, 1, 2, 3), "not a whole number of 16-bit samples");
        assertRejected(bytes(0x10, 0x3e, 0x82), "longer than 1 s"); // 16002 bytes
        assertRejected(bytes(0x12, 0xff, 0xfe), "longer than 1 s");
        assertRejected(bytes(0x01, 0x00, 0x0f), "UUID of 15 bytes");
        assertRejected(bytes(0x03, 0x00, 0x02, '1', '2'), "DTMF of 2 bytes");
        assertRejected(bytes(0x00, 0x00, 0x01, 0), "hangup with a 1-byte payload");
    }

    @Test
    void acceptsOneSecondOfAudio() throws IOException {
        byte[] oneSecond = new byte[3 + 16000];
        oneSecond[0] = 0x10;
        oneSecond[1] = (byte) (16000 >>> 8);
        oneSecond[2] = (byte) 16000;
        assertThat(FrameCodec.read(new ByteArrayInputStream(oneSecond)).samples()).hasSize(8000);
    }

    @Test
    void rejectsTruncation() {
        assertRejected(bytes(0x10), "truncated header: 1 of 3");
        assertRejected(bytes(0x10, 0x01), "truncated header: 2 of 3");
        assertRejected(bytes(0x10, 0x01, 0x40, 1, 2, 3, 4), "truncated SLIN payload: 4 of 320");
    }

    @Test
    void neverBuildsAnInvalidFrame() {
        assertThatThrownBy(() -> Frame.audio(new short[0], 8000)).hasMessageContaining("empty");
        assertThatThrownBy(() -> Frame.audio(new short[8001], 8000)).hasMessageContaining("longer than 1 s");
        assertThatThrownBy(() -> Frame.audio(new short[10], 12000)).hasMessageContaining("12000");
        assertThatThrownBy(() -> new Frame(FrameKind.UUID, new byte[3])).hasMessageContaining("UUID of 3");
    }

    private static void assertRejected(byte[] wire, String message) {
        assertThatThrownBy(() -> FrameCodec.read(new ByteArrayInputStream(wire)))
                .isInstanceOf(AudioSocketProtocolException.class).hasMessageContaining(message);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
