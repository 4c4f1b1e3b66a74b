package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import city.civic.asterisk.FrameKind;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends a call's queued audio at one 20 ms frame every 20 ms. Asterisk writes every frame it receives
 * straight to the channel with no jitter buffer or clock of its own ({@code apps/app_audiosocket.c}), so
 * the pacing is ours; a burst would be lost in the far end's jitter buffer. When the queue is empty
 * nothing is sent (no silence frames) and the clock restarts with the next audio, never sooner than
 * 20 ms after the previous frame.
 *
 * <p>One pacing thread per call: a peer whose socket stops draining blocks only its own writer, which is
 * the isolation wanted at telephony volumes (tens of calls), without an NIO selector.
 */
final class PacedAudioWriter implements AutoCloseable {

    static final long FRAME_MILLIS = 20;
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(FRAME_MILLIS);

    private final FrameSink sink;
    private final Consumer<IOException> onFailure;
    private final Thread thread;
    private final Object lock = new Object();
    private final Deque<Frame> queue = new ArrayDeque<>();
    private long nextDue = System.nanoTime() - FRAME_NANOS;
    private boolean closed;

    /**
     * @param onFailure told once when a send fails (the connection is gone); the writer then stops
     */
    PacedAudioWriter(FrameSink sink, String threadName, Consumer<IOException> onFailure) {
        this.sink = sink;
        this.onFailure = onFailure;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    PacedAudioWriter start() {
        thread.start();
        return this;
    }

    /** Cuts the samples into 20 ms frames (the last padded with silence) and queues them. */
    void play(short[] samples, int sampleRate) {
        FrameKind kind = FrameKind.audioAt(sampleRate);
        int perFrame = kind.sampleRate() / 50;
        synchronized (lock) {
            if (closed) {
                return;
            }
            for (int from = 0; from < samples.length; from += perFrame) {
                queue.add(Frame.audio(Arrays.copyOfRange(samples, from, from + perFrame), sampleRate));
            }
            lock.notifyAll();
        }
    }

    void interrupt() {
        synchronized (lock) {
            queue.clear();
        }
    }

    boolean isPlaying() {
        synchronized (lock) {
            return !queue.isEmpty();
        }
    }

    long queuedMillis() {
        synchronized (lock) {
            return queue.size() * FRAME_MILLIS;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            queue.clear();
            lock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            Frame frame;
            while ((frame = nextFrame()) != null) {
                sink.send(frame);
            }
        } catch (IOException e) {
            synchronized (lock) {
                closed = true;
                queue.clear();
            }
            onFailure.accept(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a frame is queued and due; {@code null} once closed. */
    private Frame nextFrame() throws InterruptedException {
        synchronized (lock) {
            while (!closed) {
                if (queue.isEmpty()) {
                    lock.wait();
                    continue;
                }
                long now = System.nanoTime();
                long wait = nextDue - now;
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.timedWait(lock, wait);
                    continue;
                }
                // late by less than a frame: keep the cadence; after a pause: restart it now
                nextDue = (-wait >= FRAME_NANOS ? now : nextDue) + FRAME_NANOS;
                return queue.poll();
            }
            return null;
        }
    }
}
