package city.civic.asterisk;

import java.util.Optional;

/**
 * The AudioSocket message kinds spoken here, with their wire codes from Asterisk's
 * {@code include/asterisk/res_audiosocket.h} ({@code enum ast_audiosocket_msg_kind}).
 * The other audio kinds Asterisk defines ({@code 0x11} slin12, {@code 0x13}–{@code 0x18} slin24…slin192)
 * are deliberately not here: a call that negotiated them is refused rather than misread.
 */
public enum FrameKind {

    /** {@code 0x00}: terminate; no payload. Asterisk never sends it (it closes the socket). */
    HANGUP(0x00, 0),
    /** {@code 0x01}: the call's UUID, 16 bytes, always Asterisk's first message. */
    UUID(0x01, 0),
    /** {@code 0x03}: one DTMF digit as one ASCII byte (Asterisk ≥ 20.14 / 21.9 / 22.4 / 23.0). */
    DTMF(0x03, 0),
    /** {@code 0x10}: signed linear 16-bit mono PCM, little-endian, 8 kHz (the dialplan application's only form). */
    SLIN(0x10, 8000),
    /** {@code 0x12}: the same at 16 kHz ({@code Dial(AudioSocket/…/c(slin16))}, Asterisk ≥ 20.17 / 21.12 / 22.7 / 23.1). */
    SLIN16(0x12, 16000),
    /** {@code 0xff}: error, optional application-specific payload. No Asterisk code path sends or accepts it. */
    ERROR(0xff, 0);

    private final int code;
    private final int sampleRate;

    FrameKind(int code, int sampleRate) {
        this.code = code;
        this.sampleRate = sampleRate;
    }

    public int code() {
        return code;
    }

    public boolean isAudio() {
        return sampleRate > 0;
    }

    /** Samples per second of an audio kind, 0 for the others. */
    public int sampleRate() {
        return sampleRate;
    }

    public static Optional<FrameKind> ofCode(int code) {
        for (FrameKind kind : values()) {
            if (kind.code == code) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The audio kind carrying PCM at this rate. */
    public static FrameKind audioAt(int sampleRate) {
        if (sampleRate == SLIN.sampleRate) {
            return SLIN;
        }
        if (sampleRate == SLIN16.sampleRate) {
            return SLIN16;
        }
        throw new IllegalArgumentException("AudioSocket audio is 8000 or 16000 Hz here, not " + sampleRate);
    }
}
