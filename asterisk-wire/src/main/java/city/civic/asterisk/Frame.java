package city.civic.asterisk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.UUID;

/**
 * One AudioSocket message: its kind and payload. Factories build only valid frames (the limits are
 * {@link FrameCodec}'s); accessors decode the payload of their kind.
 */
public record Frame(FrameKind kind, byte[] payload) {

    private static final Frame HANGUP = new Frame(FrameKind.HANGUP, new byte[0]);

    public Frame {
        FrameCodec.check(kind, payload.length);
    }

    public static Frame hangup() {
        return HANGUP;
    }

    /** The UUID in RFC 4122 byte order, as Asterisk's {@code uuid_parse} produces it. */
    public static Frame uuid(UUID id) {
        return new Frame(FrameKind.UUID, ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array());
    }

    public static Frame dtmf(char digit) {
        return new Frame(FrameKind.DTMF, new byte[] {(byte) digit});
    }

    /** PCM samples at 8000 or 16000 Hz, written little-endian; never empty. */
    public static Frame audio(short[] samples, int sampleRate) {
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(samples);
        return new Frame(FrameKind.audioAt(sampleRate), bytes.array());
    }

    public static Frame error(int code) {
        return new Frame(FrameKind.ERROR, new byte[] {(byte) code});
    }

    public UUID uuidValue() {
        expect(FrameKind.UUID);
        ByteBuffer bytes = ByteBuffer.wrap(payload);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    public char digit() {
        expect(FrameKind.DTMF);
        return (char) (payload[0] & 0xff);
    }

    public short[] samples() {
        if (!kind.isAudio()) {
            throw new IllegalStateException("not an audio frame: " + kind);
        }
        short[] samples = new short[payload.length / 2];
        ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private void expect(FrameKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("not a " + expected + " frame: " + kind);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame frame && frame.kind == kind && Arrays.equals(frame.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Frame[" + kind + ", " + payload.length + " bytes]";
    }
}
