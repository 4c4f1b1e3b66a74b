package city.civic.voice.speech.dsp;

import java.util.Arrays;

/**
 * Low-pass and downsample 16-bit PCM by an integer factor, e.g. MaryTTS's 48 kHz to AudioSocket's 8 kHz
 * (slin) or 16 kHz (slin16). The Kaiser-windowed-sinc low-pass (beta 9, cutoff at 0.475 of the output
 * rate, about 4 taps per kHz of input rate: a transition band near 1.4 kHz, stop band below -90 dB)
 * removes what would otherwise alias into the band. The filter is evaluated only at the output rate.
 *
 * <p>{@link #process} streams: state carries over between calls, so chunks of any size give the same
 * output as the whole signal, one output after every {@code factor} inputs, delayed by {@link
 * #delaySamples()}. {@link #convert} does a whole buffer at once, delay removed and tail flushed.
 *
 * <p>Not thread-safe for {@link #process}: one instance per stream. {@link #convert} uses its own state.
 */
public final class Decimator {

    private static final double BETA = 9;
    private static final double CUTOFF_OF_OUTPUT_RATE = 0.475;
    private static final int INPUT_HZ_PER_TAP = 250;

    private final int factor;
    /** Symmetric, with a length that is a multiple of {@code 2 * factor} (see {@link #delaySamples()}). */
    private final double[] taps;
    /** The last {@code taps.length - 1} inputs, then the current chunk. */
    private short[] window;
    /** Inputs received since the last output. */
    private int sinceOutput;

    private Decimator(int factor, double[] taps) {
        this.factor = factor;
        this.taps = taps;
        this.window = new short[taps.length - 1];
    }

    /** 48 kHz to 8 kHz: factor 6, 192 taps, cutoff 3.8 kHz. */
    public static Decimator from48kTo8k() {
        return of(48_000, 8_000);
    }

    /** 48 kHz to 16 kHz: factor 3, 192 taps, cutoff 7.6 kHz. */
    public static Decimator from48kTo16k() {
        return of(48_000, 16_000);
    }

    /**
     * @throws IllegalArgumentException unless {@code inRate} is an integer multiple (2 or more) of
     *     {@code outRate}, e.g. for 44.1 kHz to 8 kHz
     */
    public static Decimator of(int inRate, int outRate) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException(
                    "Sample rates must be positive, got " + inRate + " Hz to " + outRate + " Hz");
        }
        if (outRate >= inRate) {
            throw new IllegalArgumentException("Cannot decimate " + inRate + " Hz to " + outRate
                    + " Hz: a decimator only lowers the sample rate");
        }
        if (inRate % outRate != 0) {
            throw new IllegalArgumentException("Cannot decimate " + inRate + " Hz to " + outRate
                    + " Hz: the input rate must be an integer multiple of the output rate (resample first)");
        }
        int factor = inRate / outRate;
        int tapMultiple = 2 * factor; // makes the delay whole output samples
        int tapCount = tapMultiple * ceilDiv(Math.max(1, inRate / INPUT_HZ_PER_TAP), tapMultiple);
        return new Decimator(factor, FirDesign.lowPass(tapCount, CUTOFF_OF_OUTPUT_RATE * outRate, inRate, BETA));
    }

    /** Returns one output for every {@code factor} inputs received, counting across calls. */
    public short[] process(short[] in) {
        int history = taps.length - 1;
        if (window.length < history + in.length) {
            window = Arrays.copyOf(window, history + in.length);
        }
        System.arraycopy(in, 0, window, history, in.length);
        int first = factor - 1 - sinceOutput; // index in 'in' of the input completing the next output
        short[] out = new short[first < in.length ? (in.length - 1 - first) / factor + 1 : 0];
        for (int k = 0; k < out.length; k++) {
            out[k] = Pcm16.roundAndClip(filterEndingAt(first + k * factor));
        }
        sinceOutput = (sinceOutput + in.length) % factor;
        System.arraycopy(window, in.length, window, 0, history);
        return out;
    }

    /**
     * A whole buffer at once: output {@code k} stands for input {@code k * factor} (to within half an input
     * sample, 10 µs at 48 kHz), and there are {@code ceil(whole.length / factor)} of them. Zeros are fed
     * after the end so the last sound is not cut, and the delay is dropped from the start. Leaves this
     * instance's streaming state alone.
     */
    public short[] convert(short[] whole) {
        int length = ceilDiv(whole.length, factor);
        int delay = delaySamples();
        short[] streamed = new Decimator(factor, taps).process(Arrays.copyOf(whole, factor * (delay + length)));
        return Arrays.copyOfRange(streamed, delay, delay + length);
    }

    /**
     * Group delay of {@link #process} at the output rate: output {@code k + delaySamples()} stands for
     * input {@code k * factor}, to within half an input sample (15 for 48 kHz to 8 kHz, 31 to 16 kHz).
     * The filter delays by {@code taps / 2 - 1/2} inputs and outputs come after every {@code factor}-th
     * input, so with taps a multiple of {@code 2 * factor} that is whole output samples.
     */
    public int delaySamples() {
        return taps.length / (2 * factor) - 1;
    }

    /**
     * The filter output whose newest input is {@code in[newest]}: the window holds {@code taps.length - 1}
     * older inputs in front of the chunk, so the taps cover {@code window[newest .. newest + taps - 1]}.
     */
    private double filterEndingAt(int newest) {
        int last = newest + taps.length - 1;
        double sum = 0;
        for (int j = 0; j < taps.length / 2; j++) { // symmetric taps, even count: fold the two halves
            sum += taps[j] * (window[newest + j] + window[last - j]);
        }
        return sum;
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
