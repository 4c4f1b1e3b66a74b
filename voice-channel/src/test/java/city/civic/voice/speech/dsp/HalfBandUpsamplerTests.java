package city.civic.voice.speech.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HalfBandUpsamplerTests {

    private static final double AMPLITUDE = 20_000;
    /** 1600 samples at 16 kHz: 10 Hz bins, so every test frequency makes whole cycles. */
    private static final int MEASURED = 1600;

    @ParameterizedTest
    @ValueSource(doubles = {300, 1000, 3000})
    void keepsTheToneAndRejectsItsImage(double hz) {
        short[] out = new HalfBandUpsampler().process(Tones.sine(hz, 8000, 900, AMPLITUDE));

        // skip the start-up transient (the filter's span) at the front
        double tone = Tones.amplitude(out, hz, 16_000, 100, MEASURED);
        double image = Tones.amplitude(out, 8000 - hz, 16_000, 100, MEASURED);
        assertThat(Tones.decibels(tone / AMPLITUDE)).as("gain at %s Hz", hz).isCloseTo(0, within(1.0));
        assertThat(Tones.decibels(image / AMPLITUDE)).as("image at %s Hz", 8000 - hz).isLessThan(-50);
    }

    @Test
    void evenOutputsAreTheInputsDelayed() {
        HalfBandUpsampler upsampler = new HalfBandUpsampler();
        short[] in = Tones.noise(1, 500);

        short[] out = upsampler.process(in);

        assertThat(upsampler.delaySamples()).isEqualTo(32);
        for (int n = 0; 2 * n + upsampler.delaySamples() < out.length; n++) {
            assertThat(out[2 * n + upsampler.delaySamples()]).isEqualTo(in[n]);
        }
    }

    @Test
    void chunkedProcessingEqualsOnePiece() {
        short[] in = Tones.noise(2, 8000);
        short[] whole = new HalfBandUpsampler().process(in);

        Random random = new Random(3);
        for (int trial = 0; trial < 5; trial++) {
            assertThat(Chunks.feed(in, () -> random.nextInt(400), new HalfBandUpsampler()::process))
                    .isEqualTo(whole);
        }
        for (int size : new int[] {160, 65, 1}) {
            assertThat(Chunks.feed(in, () -> size, new HalfBandUpsampler()::process)).isEqualTo(whole);
        }
    }

    @Test
    void returnsTwiceTheInputLength() {
        HalfBandUpsampler upsampler = new HalfBandUpsampler();

        assertThat(upsampler.process(new short[160])).hasSize(320);
        assertThat(upsampler.process(new short[65])).hasSize(130);
        assertThat(upsampler.process(new short[1])).hasSize(2);
        assertThat(upsampler.process(new short[0])).isEmpty();
    }

    @Test
    void silenceStaysSilent() {
        HalfBandUpsampler upsampler = new HalfBandUpsampler();

        for (int frame = 0; frame < 10; frame++) {
            assertThat(upsampler.process(new short[160])).containsOnly((short) 0);
        }
    }

    @Test
    void fullScaleOvershootClipsInsteadOfWrapping() {
        // +max, +max, min, min: a 2 kHz sine of amplitude sqrt(2) * full scale sampled at its 45 degree
        // points, so the ideal value halfway between two equal samples is 1.41 times full scale
        short[] in = new short[400];
        for (int n = 0; n < in.length; n++) {
            in[n] = n % 4 < 2 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }

        short[] out = new HalfBandUpsampler().process(in);

        for (int n = 100; n < 380; n++) {
            short between = out[2 * n + 1];
            if (in[n - 16] == in[n - 15]) {
                assertThat(between).as("between two equal inputs").isEqualTo(in[n - 16]);
            } else {
                assertThat(Math.abs(between)).as("between opposite inputs").isLessThan(200);
            }
        }
    }
}
