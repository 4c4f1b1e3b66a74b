package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A fake {@link FrameSink} that records what was sent and when. */
final class RecordingSink implements FrameSink {

    record Sent(Frame frame, long nanos) {
    }

    private final List<Sent> sent = new ArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public synchronized void send(Frame frame) throws IOException {
        if (closed.get()) {
            throw new IOException("closed");
        }
        sent.add(new Sent(frame, System.nanoTime()));
    }

    @Override
    public void close() {
        closed.set(true);
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    synchronized List<Frame> frames() {
        return sent.stream().map(Sent::frame).toList();
    }
}
