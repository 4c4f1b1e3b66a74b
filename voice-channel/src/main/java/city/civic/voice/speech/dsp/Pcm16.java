package city.civic.voice.speech.dsp;

/** 16-bit signed PCM sample conversion shared by the converters. */
final class Pcm16 {

    private Pcm16() {
    }

    /** Rounds to the nearest integer and clips to the short range, so overshoot saturates instead of wrapping. */
    static short roundAndClip(double sample) {
        long rounded = Math.round(sample);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }
}
