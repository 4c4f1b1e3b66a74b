package city.civic.voice.audiosocket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A fake {@link CallAudio} that records what it heard. */
class RecordingCall implements CallAudio {

    final List<short[]> audio = new CopyOnWriteArrayList<>();
    final List<Integer> rates = new CopyOnWriteArrayList<>();
    final StringBuffer digits = new StringBuffer();
    final CountDownLatch hungUp = new CountDownLatch(1);
    volatile int hangups;
    volatile CallOutput output;

    @Override
    public void onAudio(short[] samples, int sampleRate) {
        audio.add(samples);
        rates.add(sampleRate);
    }

    @Override
    public void onDtmf(char digit) {
        digits.append(digit);
    }

    @Override
    public void onHangup() {
        hangups++;
        hungUp.countDown();
    }
}
