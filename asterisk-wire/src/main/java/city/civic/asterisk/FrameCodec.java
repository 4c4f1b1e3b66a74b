package city.civic.asterisk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * AudioSocket framing: {@code kind (1 byte) | payload length (uint16, big-endian) | payload}, as in
 * Asterisk's {@code res/res_audiosocket.c} ({@code ast_audiosocket_receive_frame_with_hangup},
 * {@code ast_audiosocket_send_frame}). Audio payloads are little-endian 16-bit PCM.
 *
 * <p>Beyond the header's own 64 KiB limit this codec refuses what Asterisk would choke on or what can
 * only be garbage: an empty or odd-length audio frame (Asterisk makes {@code length / 2} samples and
 * treats an empty one as an error that hangs up the call), audio longer than one second (Asterisk sends
 * one channel frame, 20–30 ms, per message), a UUID not 16 bytes, a DTMF not 1 byte, a hangup with a
 * payload, and any kind not in {@link FrameKind}.
 */
public final class FrameCodec {

    static final int HEADER_BYTES = 3;
    /** Largest error payload accepted; the CyCoreSystems convention is one code byte. */
    static final int MAX_ERROR_PAYLOAD = 64;

    private FrameCodec() {
    }

    /**
     * Reads one frame, or {@code null} when the stream ends cleanly between frames (Asterisk closes the
     * socket when the caller hangs up).
     */
    public static Frame read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER_BYTES);
        if (header.length == 0) {
            return null;
        }
        if (header.length < HEADER_BYTES) {
            throw new AudioSocketProtocolException("truncated header: " + header.length + " of 3 bytes");
        }
        int code = header[0] & 0xff;
        int length = ((header[1] & 0xff) << 8) | (header[2] & 0xff);
        FrameKind kind = FrameKind.ofCode(code).orElseThrow(() -> new AudioSocketProtocolException(
                String.format("unknown or unsupported kind 0x%02x (length %d)", code, length)));
        String problem = problem(kind, length);
        if (problem != null) {
            throw new AudioSocketProtocolException(problem);
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) {
            throw new AudioSocketProtocolException(
                    "truncated " + kind + " payload: " + payload.length + " of " + length + " bytes");
        }
        return new Frame(kind, payload);
    }

    /**
     * Writes header and payload in one {@code write} call, so that Asterisk versions with the
     * partial-header bug (20.17–20.18, 22.7–22.8, 23.1–23.2) never see a split header.
     */
    public static void write(OutputStream out, Frame frame) throws IOException {
        out.write(encode(frame));
        out.flush();
    }

    /** The bytes of one message, header and payload. */
    public static byte[] encode(Frame frame) {
        byte[] payload = frame.payload();
        byte[] message = new byte[HEADER_BYTES + payload.length];
        message[0] = (byte) frame.kind().code();
        message[1] = (byte) (payload.length >>> 8);
        message[2] = (byte) payload.length;
        System.arraycopy(payload, 0, message, HEADER_BYTES, payload.length);
        return message;
    }

    /** Largest audio payload accepted: one second at the kind's rate. */
    static int maxAudioBytes(FrameKind kind) {
        return kind.sampleRate() * 2;
    }

    static void check(FrameKind kind, int length) {
        String problem = problem(kind, length);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static String problem(FrameKind kind, int length) {
        return switch (kind) {
            case HANGUP -> length == 0 ? null : "hangup with a " + length + "-byte payload";
            case UUID -> length == 16 ? null : "UUID of " + length + " bytes, not 16";
            case DTMF -> length == 1 ? null : "DTMF of " + length + " bytes, not 1";
            case ERROR -> length <= MAX_ERROR_PAYLOAD ? null : "error payload of " + length + " bytes";
            case SLIN, SLIN16 -> audioProblem(kind, length);
        };
    }

    private static String audioProblem(FrameKind kind, int length) {
        if (length == 0) {
            return "empty " + kind + " frame";
        }
        if (length % 2 != 0) {
            return kind + " frame of " + length + " bytes is not a whole number of 16-bit samples";
        }
        if (length > maxAudioBytes(kind)) {
            return kind + " frame of " + length + " bytes is longer than 1 s of audio";
        }
        return null;
    }
}
