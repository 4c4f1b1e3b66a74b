package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A call's {@link CallOutput} over its AudioSocket connection: the paced writer for audio, the hangup
 * message to end the leg. (Not the caller's line: that is {@code voice.calls.CallLine}.)
 */
final class AudioSocketOutput implements CallOutput {

    private final PacedAudioWriter writer;
    private final FrameSink sink;
    private final AtomicBoolean hungUp = new AtomicBoolean();

    AudioSocketOutput(PacedAudioWriter writer, FrameSink sink) {
        this.writer = writer;
        this.sink = sink;
    }

    @Override
    public void play(short[] samples, int sampleRate) {
        if (samples.length > 0 && !hungUp.get()) {
            writer.play(samples, sampleRate);
        }
    }

    @Override
    public void interrupt() {
        writer.interrupt();
    }

    @Override
    public boolean isPlaying() {
        return writer.isPlaying();
    }

    @Override
    public long queuedMillis() {
        return writer.queuedMillis();
    }

    /** Stops the audio, sends {@code 00 00 00} and closes; the connection thread then ends the call. */
    @Override
    public void hangUp() {
        if (hungUp.compareAndSet(false, true)) {
            writer.close();
            try {
                sink.send(Frame.hangup());
            } catch (IOException e) {
                // already gone: closing is the same signal to Asterisk
            }
            sink.close();
        }
    }

    boolean hungUpByUs() {
        return hungUp.get();
    }
}
