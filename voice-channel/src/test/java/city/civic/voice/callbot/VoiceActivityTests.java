package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VoiceActivityTests {

    static final int RATE = 8000;

    @Test
    void speechAboveTheLineNoiseIsVoicedAndItsPauseCounted() {
        VoiceActivity activity = new VoiceActivity(-45, 12);
        feed(activity, noise(-60), 50);
        assertThat(activity.speechMillis()).isZero();

        feed(activity, tone(-20), 15);
        assertThat(activity.speechMillis()).isEqualTo(300);
        assertThat(activity.voicedMillisInUtterance()).isEqualTo(300);

        feed(activity, noise(-60), 25);
        assertThat(activity.silenceMillis()).isEqualTo(500);
        assertThat(activity.speechMillis()).isZero();
    }

    @Test
    void aShortDipInsideAWordDoesNotEndTheSpeech() {
        VoiceActivity activity = new VoiceActivity(-45, 12);
        feed(activity, noise(-60), 20);
        feed(activity, tone(-20), 10);
        feed(activity, noise(-60), 3);
        feed(activity, tone(-20), 10);

        assertThat(activity.speechMillis()).isEqualTo(460);
    }

    @Test
    void aNoisyLineRaisesTheBar() {
        VoiceActivity activity = new VoiceActivity(-45, 12);
        feed(activity, noise(-30), 100); // a loud line: its noise becomes the floor
        activity.startUtterance();
        feed(activity, tone(-25), 10); // only 5 dB above it

        assertThat(activity.voicedMillisInUtterance()).isZero();
        feed(activity, tone(-10), 10);
        assertThat(activity.voicedMillisInUtterance()).isEqualTo(200);
    }

    @Test
    void quietOnsetsUnderTheDetectorAreAudibleAndSilenceIsNot() {
        VoiceActivity activity = new VoiceActivity(-45, 12);
        feed(activity, new short[160], 10);
        assertThat(activity.audible()).isFalse();
        assertThat(activity.quietMillis()).isEqualTo(200);

        feed(activity, tone(-50), 1);
        assertThat(activity.audible()).as("10 dB under the floor is the bar").isTrue();
        assertThat(activity.voicedMillisInUtterance()).isZero();
        assertThat(activity.quietMillis()).isZero();

        feed(activity, tone(-60), 3);
        assertThat(activity.audible()).isFalse();
        assertThat(activity.quietMillis()).isEqualTo(60);
    }

    @Test
    void onANoisyLineOnlyWhatRisesAboveTheNoiseIsAudible() {
        VoiceActivity activity = new VoiceActivity(-45, 12);
        feed(activity, noise(-40), 100);
        activity.startUtterance();
        assertThat(activity.audible()).isFalse();

        feed(activity, tone(-36), 1); // 4 dB above the noise
        assertThat(activity.audible()).isTrue();
        assertThat(activity.voicedMillisInUtterance()).isZero();
    }

    private static void feed(VoiceActivity activity, short[] frame, int frames) {
        for (int i = 0; i < frames; i++) {
            activity.accept(frame, RATE);
        }
    }

    private static short[] tone(double dbfs) {
        short[] frame = new short[160];
        double amplitude = Math.pow(10, dbfs / 20) * 32768 * Math.sqrt(2);
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (amplitude * Math.sin(2 * Math.PI * 400 * i / RATE));
        }
        return frame;
    }

    private static short[] noise(double dbfs) {
        Random random = new Random(7);
        short[] frame = new short[160];
        double sigma = Math.pow(10, dbfs / 20) * 32768;
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) (random.nextGaussian() * sigma);
        }
        return frame;
    }
}
