package city.civic.voice.speech.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FirDesignTests {

    @Test
    void lowPassIsSymmetricWithUnityDcGain() {
        double[] taps = FirDesign.lowPass(192, 3800, 48_000, 9);

        assertThat(taps).hasSize(192);
        assertThat(Arrays.stream(taps).sum()).isCloseTo(1, within(1e-12));
        for (int n = 0; n < taps.length; n++) {
            assertThat(taps[n]).isCloseTo(taps[taps.length - 1 - n], within(1e-15));
        }
    }

    @Test
    void quarterRateCutoffIsHalfBand() {
        double[] taps = FirDesign.lowPass(63, 4000, 16_000, 8);

        int center = 31;
        assertThat(taps[center]).isCloseTo(0.5, within(1e-3));
        for (int offset = 2; offset <= center; offset += 2) {
            assertThat(taps[center - offset]).as("tap %d from the center", offset).isCloseTo(0, within(1e-15));
        }
        assertThat(taps[center - 1]).isGreaterThan(0.3);
    }

    @Test
    void responseFallsFromOneInThePassBandToTheStopBand() {
        double[] taps = FirDesign.lowPass(192, 3800, 48_000, 9);

        assertThat(gain(taps, 1000, 48_000)).isCloseTo(1, within(1e-4));
        assertThat(Tones.decibels(gain(taps, 5000, 48_000))).isLessThan(-85);
    }

    @Test
    void besselI0MatchesTabulatedValues() {
        assertThat(FirDesign.besselI0(0)).isEqualTo(1);
        assertThat(FirDesign.besselI0(1)).isCloseTo(1.2660658777520082, within(1e-14));
        assertThat(FirDesign.besselI0(8)).isCloseTo(427.56411572180474, within(1e-10));
    }

    @Test
    void rejectsImpossibleDesigns() {
        assertThatThrownBy(() -> FirDesign.lowPass(1, 1000, 8000, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FirDesign.lowPass(63, 4000, 8000, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FirDesign.lowPass(63, 0, 8000, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FirDesign.lowPass(63, 1000, 8000, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double gain(double[] taps, double hz, int sampleRate) {
        double re = 0;
        double im = 0;
        for (int n = 0; n < taps.length; n++) {
            re += taps[n] * Math.cos(2 * Math.PI * hz * n / sampleRate);
            im += taps[n] * Math.sin(2 * Math.PI * hz * n / sampleRate);
        }
        return Math.hypot(re, im);
    }
}
