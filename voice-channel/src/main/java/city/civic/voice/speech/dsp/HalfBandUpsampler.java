package city.civic.voice.speech.dsp;

import java.util.Arrays;

/**
 * Streaming 2x upsampler for 16-bit PCM, 8 kHz telephone audio to the 16 kHz Vosk needs. Polyphase form
 * of a 63-tap half-band low-pass (Kaiser beta 8, cutoff 4 kHz at 16 kHz): every even output is an input
 * sample unchanged, every odd output a symmetric 32-tap FIR over the 16 inputs on each side of the gap.
 *
 * <p>State carries over between calls, so cutting a signal into chunks of any size gives the same output
 * as processing it whole. The price is a fixed delay of {@link #delaySamples()} output samples (2 ms): the
 * first outputs come from the silence assumed before the stream started.
 *
 * <p>Not thread-safe: one instance per call's audio stream.
 */
public final class HalfBandUpsampler {

    private static final int PROTOTYPE_TAPS = 63;
    private static final double PROTOTYPE_BETA = 8;
    private static final double OUTPUT_RATE_HZ = 16_000;

    /** Taps for the odd outputs, nearest inputs first; each applies to one input on either side. */
    private static final double[] SIDE_TAPS = sideTaps();
    private static final int SIDE = SIDE_TAPS.length;
    /** Inputs kept from earlier calls: an odd output needs SIDE inputs each side of its gap. */
    private static final int HISTORY = 2 * SIDE - 1;

    /** The last HISTORY inputs, then the current chunk. */
    private short[] window = new short[HISTORY];

    /** Returns exactly {@code 2 * in.length} samples at twice the input rate. */
    public short[] process(short[] in) {
        if (window.length < HISTORY + in.length) {
            window = Arrays.copyOf(window, HISTORY + in.length);
        }
        System.arraycopy(in, 0, window, HISTORY, in.length);
        short[] out = new short[2 * in.length];
        for (int i = 0; i < in.length; i++) {
            // The newest input is window[HISTORY + i]; the outputs are for the gap SIDE inputs back.
            int left = i + SIDE - 1;
            double between = 0;
            for (int j = 0; j < SIDE; j++) {
                between += SIDE_TAPS[j] * (window[left - j] + window[left + 1 + j]);
            }
            out[2 * i] = window[left];
            out[2 * i + 1] = Pcm16.roundAndClip(between);
        }
        System.arraycopy(window, in.length, window, 0, HISTORY);
        return out;
    }

    /** Group delay at the output rate: output {@code 2n + delaySamples()} is input {@code n}. */
    public int delaySamples() {
        return 2 * SIDE;
    }

    /**
     * The prototype's taps at odd distances from its center (those at even distances are the half-band's
     * zeros), scaled so the odd outputs have unity DC gain like the even ones.
     */
    private static double[] sideTaps() {
        double[] prototype = FirDesign.lowPass(PROTOTYPE_TAPS, OUTPUT_RATE_HZ / 4, OUTPUT_RATE_HZ, PROTOTYPE_BETA);
        int center = PROTOTYPE_TAPS / 2;
        double[] side = new double[(center + 1) / 2];
        double bothSides = 0;
        for (int j = 0; j < side.length; j++) {
            side[j] = prototype[center - (2 * j + 1)];
            bothSides += 2 * side[j];
        }
        for (int j = 0; j < side.length; j++) {
            side[j] /= bothSides;
        }
        return side;
    }
}
