package city.civic.voice.speech.dsp;

import java.util.Random;

/** Test signals and a single-frequency amplitude measurement for the converter tests. */
final class Tones {

    private Tones() {
    }

    static short[] sine(double hz, int sampleRate, int length, double amplitude) {
        short[] samples = new short[length];
        for (int n = 0; n < length; n++) {
            samples[n] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * n / sampleRate));
        }
        return samples;
    }

    static short[] noise(long seed, int length) {
        Random random = new Random(seed);
        short[] samples = new short[length];
        for (int n = 0; n < length; n++) {
            samples[n] = (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
        }
        return samples;
    }

    /**
     * Amplitude of the {@code hz} component of {@code samples[from .. from + count)}, by a single-bin DFT.
     * Choose {@code count} so that {@code hz} makes whole cycles in it: the bin then collects nothing from
     * other such frequencies (no leakage).
     */
    static double amplitude(short[] samples, double hz, int sampleRate, int from, int count) {
        double re = 0;
        double im = 0;
        for (int n = 0; n < count; n++) {
            double phase = 2 * Math.PI * hz * n / sampleRate;
            re += samples[from + n] * Math.cos(phase);
            im += samples[from + n] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / count;
    }

    /** Where a tone at {@code hz} lands after sampling at {@code sampleRate}. */
    static double alias(double hz, int sampleRate) {
        double folded = hz % sampleRate;
        return folded > sampleRate / 2.0 ? sampleRate - folded : folded;
    }

    static double decibels(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
