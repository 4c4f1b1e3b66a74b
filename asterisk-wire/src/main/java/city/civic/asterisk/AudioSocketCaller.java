package city.civic.asterisk;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asterisk's side of one {@code AudioSocket(uuid,host:port)} call ({@code apps/app_audiosocket.c}), as a
 * caller on a SIP trunk produces it: the UUID message, then one 20 ms signed-linear frame every 20 ms
 * for as long as the call lasts (silence when the caller says nothing), DTMF as kind {@code 0x03}, and
 * the socket closed when the caller hangs up. Everything the bot sends is kept with its arrival time.
 * The frames go through an {@link AudioSocketPeer}, so through {@link FrameCodec}.
 */
public final class AudioSocketCaller implements AutoCloseable {

    private static final long FRAME_NANOS = 20_000_000;

    private final AudioSocketPeer peer;
    private final int sampleRate;
    private final ConcurrentLinkedQueue<short[]> speech = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Step> control = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread sender;
    private final Thread receiver;
    private volatile long lastSpeechSentAt;
    private volatile boolean hungUpByBot;
    private volatile boolean closed;

    /** One frame from the bot and when it arrived ({@link System#nanoTime()}). */
    public record Received(Frame frame, long at) {

        public short[] samples() {
            return frame.samples();
        }
    }

    private AudioSocketCaller(AudioSocketPeer peer, int sampleRate) {
        this.peer = peer;
        this.sampleRate = sampleRate;
        this.sender = new Thread(this::sendFrames, "caller-out");
        this.receiver = new Thread(this::receiveFrames, "caller-in");
        sender.setDaemon(true);
        receiver.setDaemon(true);
    }

    /** Connects, sends the UUID message, and starts streaming at {@code sampleRate} (8000 or 16000). */
    public static AudioSocketCaller dial(int port, String botUuid, int sampleRate) throws IOException {
        FrameKind.audioAt(sampleRate);
        AudioSocketPeer peer = new AudioSocketPeer(InetAddress.getLoopbackAddress(), port);
        AudioSocketCaller caller = new AudioSocketCaller(peer.readTimeout(Duration.ZERO), sampleRate);
        peer.hello(UUID.fromString(botUuid));
        caller.receiver.start();
        caller.sender.start();
        return caller;
    }

    /** Queues speech (at this call's rate) to go out in real time after what is already queued. */
    public void say(short[] samples) {
        int perFrame = sampleRate / 50;
        for (int from = 0; from < samples.length; from += perFrame) {
            speech.add(Arrays.copyOfRange(samples, from, from + perFrame));
        }
    }

    /** Says it and waits until the last frame is out; returns when that was ({@link System#nanoTime()}). */
    public long sayAndWait(short[] samples) throws InterruptedException {
        say(samples);
        while (!speech.isEmpty() && !closed) {
            Thread.sleep(5);
        }
        return lastSpeechSentAt;
    }

    public void press(char digit) {
        control.add(() -> peer.send(Frame.dtmf(digit)));
    }

    /** Sends raw bytes between frames: a broken peer. */
    public void sendRaw(byte[] bytes) {
        control.add(() -> peer.raw(bytes));
    }

    /** Switches the audio kind without renegotiating: a broken channel. */
    public void sendAudioFrameAt(int otherRate) {
        control.add(() -> peer.send(Frame.audio(new short[otherRate / 50], otherRate)));
    }

    /** When the caller's last speech frame went out ({@link System#nanoTime()}), 0 before any. */
    public long lastSpeechSentAt() {
        return lastSpeechSentAt;
    }

    /**
     * Waits for the bot to talk after {@code since} and then fall silent for {@code quiet}.
     *
     * @return what it said, or empty audio when it said nothing within {@code timeout}
     */
    public BotSpeech awaitBotSpeech(long since, Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Received> audio = audioSince(since);
            if (!audio.isEmpty() && System.nanoTime() - audio.get(audio.size() - 1).at() >= quiet.toNanos()) {
                return BotSpeech.of(audio, sampleRate);
            }
            if (audio.isEmpty() && ended.getCount() == 0) {
                break;
            }
            Thread.sleep(10);
        }
        return BotSpeech.of(audioSince(since), sampleRate);
    }

    /** The bot's audio frames that arrived after {@code since}. */
    public List<Received> audioSince(long since) {
        synchronized (received) {
            return received.stream()
                    .filter(frame -> frame.at() > since && frame.frame().kind().isAudio())
                    .toList();
        }
    }

    /** Every frame the bot sent, in order. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits for the bot to end the leg (hangup message or closed socket). */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the bot ended the leg with the hangup message (so the dialplan continues). */
    public boolean hungUpByBot() {
        return hungUpByBot;
    }

    /** The caller hangs up: Asterisk closes the socket. */
    @Override
    public void close() {
        closed = true;
        try {
            peer.close();
        } catch (IOException e) {
            // closing anyway
        }
        sender.interrupt();
    }

    private void sendFrames() {
        short[] silence = new short[sampleRate / 50];
        long next = System.nanoTime();
        try {
            while (!closed) {
                Step pending;
                while ((pending = control.poll()) != null) {
                    pending.run();
                }
                short[] frame = speech.poll();
                peer.send(Frame.audio(frame == null ? silence : frame, sampleRate));
                if (frame != null) {
                    lastSpeechSentAt = System.nanoTime();
                }
                next += FRAME_NANOS;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            closed = true;
        }
    }

    /** Keeps every frame until the bot hangs up or the connection ends (closed, reset or broken framing). */
    private void receiveFrames() {
        try {
            Frame frame;
            while ((frame = peer.receive()) != null) {
                long at = System.nanoTime();
                synchronized (received) {
                    received.add(new Received(frame, at));
                }
                if (frame.kind() == FrameKind.HANGUP) {
                    hungUpByBot = true;
                    break;
                }
            }
        } catch (IOException e) {
            // reset, broken framing, or we hung up
        } finally {
            ended.countDown();
            closed = true;
        }
    }

    /** A write that may fail like the socket does. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
