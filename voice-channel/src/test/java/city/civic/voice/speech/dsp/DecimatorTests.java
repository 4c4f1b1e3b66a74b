package city.civic.voice.speech.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimatorTests {

    private static final double AMPLITUDE = 20_000;

    @ParameterizedTest
    @CsvSource({"300, 1", "1000, 1", "3000, 1", "3400, 2"})
    void to8kPassesTheTelephoneBand(double hz, double toleranceDb) {
        assertThat(gainDb(Decimator::from48kTo8k, hz, 8000)).as("gain at %s Hz", hz).isCloseTo(0, within(toleranceDb));
    }

    @ParameterizedTest
    @ValueSource(doubles = {5000, 6000, 7000, 10_000, 15_000, 20_000})
    void to8kRejectsWhatWouldAlias(double hz) {
        assertThat(gainDb(Decimator::from48kTo8k, hz, 8000)).as("%s Hz, heard at %s Hz", hz, Tones.alias(hz, 8000))
                .isLessThan(-60);
    }

    @ParameterizedTest
    @ValueSource(doubles = {300, 1000, 3000, 6000})
    void to16kPassesTheWideBand(double hz) {
        assertThat(gainDb(Decimator::from48kTo16k, hz, 16_000)).as("gain at %s Hz", hz).isCloseTo(0, within(1.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {9000, 10_000, 12_000, 20_000})
    void to16kRejectsWhatWouldAlias(double hz) {
        assertThat(gainDb(Decimator::from48kTo16k, hz, 16_000))
                .as("%s Hz, heard at %s Hz", hz, Tones.alias(hz, 16_000)).isLessThan(-60);
    }

    @Test
    void chunkedProcessingEqualsOnePiece() {
        short[] in = Tones.noise(4, 48_000);
        Random random = new Random(5);
        for (Supplier<Decimator> converter : List.<Supplier<Decimator>>of(Decimator::from48kTo8k,
                Decimator::from48kTo16k)) {
            short[] whole = converter.get().process(in);
            for (int trial = 0; trial < 5; trial++) {
                assertThat(Chunks.feed(in, () -> random.nextInt(2000), converter.get()::process)).isEqualTo(whole);
            }
            for (int size : new int[] {960, 65, 1}) {
                assertThat(Chunks.feed(in, () -> size, converter.get()::process)).isEqualTo(whole);
            }
        }
    }

    @Test
    void streamsOneOutputPerFactorInputs() {
        Decimator decimator = Decimator.from48kTo8k();

        assertThat(decimator.process(new short[960])).hasSize(160);
        for (int n = 1; n < 6; n++) {
            assertThat(decimator.process(new short[1])).isEmpty();
        }
        assertThat(decimator.process(new short[1])).hasSize(1);
        assertThat(decimator.process(new short[0])).isEmpty();
        assertThat(decimator.process(new short[13])).hasSize(2);
        assertThat(decimator.process(new short[5])).hasSize(1); // 18 since the last output
        assertThat(Decimator.from48kTo16k().process(new short[960])).hasSize(320);
    }

    @Test
    void streamingDelayIsWholeOutputSamples() {
        Decimator to8k = Decimator.from48kTo8k();
        Decimator to16k = Decimator.from48kTo16k();

        assertThat(to8k.delaySamples()).isEqualTo(15);
        assertThat(to16k.delaySamples()).isEqualTo(31);
        assertThat(peakIndex(to8k.process(impulseAt(6 * 20, 960)))).isEqualTo(20 + 15);
        assertThat(peakIndex(to16k.process(impulseAt(3 * 20, 960)))).isEqualTo(20 + 31);
    }

    @Test
    void convertAlignsWithTheInputAndKeepsTheTail() {
        Decimator decimator = Decimator.from48kTo8k();

        assertThat(decimator.convert(new short[1000])).hasSize(167);
        assertThat(decimator.convert(new short[0])).isEmpty();
        assertThat(peakIndex(decimator.convert(impulseAt(6 * 20, 960)))).isEqualTo(20);
        short[] lastSample = decimator.convert(impulseAt(6 * 159, 960));
        assertThat(lastSample).hasSize(160);
        assertThat(peakIndex(lastSample)).isEqualTo(159);
        assertThat(peakIndex(Decimator.from48kTo16k().convert(impulseAt(3 * 100, 960)))).isEqualTo(100);
    }

    @Test
    void convertLeavesTheStreamAlone() {
        short[] in = Tones.noise(6, 4800);
        Decimator decimator = Decimator.from48kTo8k();
        short[] first = decimator.process(Arrays.copyOf(in, 2400));

        decimator.convert(Tones.noise(7, 3000));
        short[] second = decimator.process(Arrays.copyOfRange(in, 2400, 4800));

        assertThat(concat(first, second)).isEqualTo(Decimator.from48kTo8k().process(in));
    }

    @Test
    void silenceStaysSilent() {
        Decimator decimator = Decimator.from48kTo8k();

        for (int frame = 0; frame < 10; frame++) {
            assertThat(decimator.process(new short[960])).containsOnly((short) 0);
        }
        assertThat(decimator.convert(new short[4800])).containsOnly((short) 0);
    }

    @Test
    void fullScaleOvershootClipsInsteadOfWrapping() {
        // a 1 kHz square at full scale: its low-passed fundamental and third harmonic peak at 1.2 times it
        short[] in = new short[4800];
        for (int n = 0; n < in.length; n++) {
            in[n] = (n / 24) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }

        short[] out = Decimator.from48kTo8k().convert(in);

        // one period is 8 outputs: positive half at 0..3 (edges at 0 and 4), negative at 4..7
        for (int k = 40; k < 760; k++) {
            switch (k % 8) {
                case 1, 2, 3 -> assertThat(out[k]).as("output %d", k).isGreaterThan((short) 16_000);
                case 5, 6, 7 -> assertThat(out[k]).as("output %d", k).isLessThan((short) -16_000);
                default -> assertThat(Math.abs(out[k])).as("output %d at an edge", k).isLessThan(1000);
            }
        }
        assertThat(out).contains(Short.MAX_VALUE, Short.MIN_VALUE);
    }

    @Test
    void rejectsRatesThatAreNotAnIntegerDownFactor() {
        assertThatThrownBy(() -> Decimator.of(44_100, 8000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("44100 Hz to 8000 Hz").hasMessageContaining("integer multiple");
        assertThatThrownBy(() -> Decimator.of(8000, 16_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only lowers");
        assertThatThrownBy(() -> Decimator.of(8000, 8000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decimator.of(48_000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Decimator.of(16_000, 8000).process(new short[320])).hasSize(160);
    }

    /** Gain in dB from a 48 kHz tone to the same tone, or its alias, at the output rate. */
    private static double gainDb(Supplier<Decimator> converter, double hz, int outRate) {
        int measured = outRate / 10; // 100 ms: 10 Hz bins, whole cycles for every test frequency
        short[] out = converter.get().process(Tones.sine(hz, 48_000, 48_000 * (measured + 100) / outRate, AMPLITUDE));
        // start after the filter's span (32 outputs at 8 kHz, 64 at 16 kHz)
        return Tones.decibels(Tones.amplitude(out, Tones.alias(hz, outRate), outRate, 80, measured) / AMPLITUDE);
    }

    private static short[] impulseAt(int index, int length) {
        short[] signal = new short[length];
        signal[index] = Short.MAX_VALUE;
        return signal;
    }

    private static int peakIndex(short[] signal) {
        int peak = 0;
        for (int n = 1; n < signal.length; n++) {
            if (signal[n] > signal[peak]) {
                peak = n;
            }
        }
        return peak;
    }

    private static short[] concat(short[] first, short[] second) {
        short[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
