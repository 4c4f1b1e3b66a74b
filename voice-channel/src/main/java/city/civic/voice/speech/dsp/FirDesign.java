package city.civic.voice.speech.dsp;

/** Kaiser-windowed-sinc FIR design: linear-phase low-pass taps, no external DSP library. */
final class FirDesign {

    private FirDesign() {
    }

    /**
     * Low-pass taps: the ideal sinc at {@code cutoffHz} times a Kaiser window, scaled to unity DC gain.
     * The result is symmetric, so the filter's group delay is {@code (taps - 1) / 2} samples.
     *
     * @param beta Kaiser shape: larger trades a wider transition band for a deeper stop band (8 is about
     *     80 dB, 9 about 90 dB)
     */
    static double[] lowPass(int taps, double cutoffHz, double sampleRateHz, double beta) {
        if (taps < 2) {
            throw new IllegalArgumentException("A low-pass needs at least 2 taps, got " + taps);
        }
        if (!(cutoffHz > 0 && cutoffHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException(
                    "Cutoff " + cutoffHz + " Hz must lie between 0 and half the sample rate " + sampleRateHz + " Hz");
        }
        if (!(beta >= 0)) {
            throw new IllegalArgumentException("Kaiser beta must not be negative, got " + beta);
        }
        double cutoff = cutoffHz / sampleRateHz; // cycles per sample
        double center = (taps - 1) / 2.0;
        double windowScale = besselI0(beta);
        double[] h = new double[taps];
        double sum = 0;
        for (int n = 0; n < taps; n++) {
            double offset = n - center;
            double sinc = offset == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * offset) / (Math.PI * offset);
            double relative = offset / center; // -1 at the first tap, +1 at the last
            double window = besselI0(beta * Math.sqrt(1 - relative * relative)) / windowScale;
            h[n] = sinc * window;
            sum += h[n];
        }
        for (int n = 0; n < taps; n++) {
            h[n] /= sum;
        }
        return h;
    }

    /** Modified Bessel function of the first kind, order zero, by its power series (the Kaiser window). */
    static double besselI0(double x) {
        double halfX = x / 2;
        double sum = 1;
        double term = 1;
        for (int k = 1; term > sum * 1e-17; k++) {
            term *= (halfX / k) * (halfX / k);
            sum += term;
        }
        return sum;
    }
}
