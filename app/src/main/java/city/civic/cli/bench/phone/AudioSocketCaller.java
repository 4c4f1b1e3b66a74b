package city.civic.cli.bench.phone;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
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
 */
public final class AudioSocketCaller implements AutoCloseable {

    public static final int KIND_HANGUP = 0x00;
    public static final int KIND_UUID = 0x01;
    public static final int KIND_DTMF = 0x03;
    public static final int KIND_SLIN = 0x10;
    public static final int KIND_SLIN16 = 0x12;
    private static final long FRAME_NANOS = 20_000_000;

    private final Socket socket;
    private final OutputStream out;
    private final int sampleRate;
    private final ConcurrentLinkedQueue<short[]> speech = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Runnable> control = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread sender;
    private final Thread receiver;
    private volatile long lastSpeechSentAt;
    private volatile boolean hungUpByBot;
    private volatile boolean closed;

    /** One frame from the bot: its kind, payload, and when it arrived ({@link System#nanoTime()}). */
    public record Received(int kind, byte[] payload, long at) {

        public short[] samples() {
            short[] samples = new short[payload.length / 2];
            ByteBuffer.wrap(payload).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return samples;
        }
    }

    private AudioSocketCaller(Socket socket, int sampleRate) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.sampleRate = sampleRate;
        this.sender = new Thread(this::sendFrames, "caller-out");
        this.receiver = new Thread(this::receiveFrames, "caller-in");
        sender.setDaemon(true);
        receiver.setDaemon(true);
    }

    /** Connects, sends the UUID message, and starts streaming at {@code sampleRate} (8000 or 16000). */
    public static AudioSocketCaller dial(int port, String botUuid, int sampleRate) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        AudioSocketCaller caller = new AudioSocketCaller(socket, sampleRate);
        UUID uuid = UUID.fromString(botUuid);
        caller.write(KIND_UUID, ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array());
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
        control.add(() -> write(KIND_DTMF, new byte[] {(byte) digit}));
    }

    /** Sends raw bytes between frames: a broken peer. */
    public void sendRaw(byte[] bytes) {
        control.add(() -> {
            out.write(bytes);
            out.flush();
        });
    }

    /** Switches the audio kind without renegotiating: a broken channel. */
    public void sendAudioFrameAt(int otherRate) {
        byte[] payload = new byte[otherRate / 50 * 2];
        control.add(() -> write(otherRate == 16000 ? KIND_SLIN16 : KIND_SLIN, payload));
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
                    .filter(frame -> frame.at() > since && (frame.kind() == KIND_SLIN || frame.kind() == KIND_SLIN16))
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
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        sender.interrupt();
    }

    private void sendFrames() {
        int perFrame = sampleRate / 50;
        int kind = sampleRate == 16000 ? KIND_SLIN16 : KIND_SLIN;
        byte[] silence = new byte[perFrame * 2];
        long next = System.nanoTime();
        try {
            while (!closed) {
                Runnable pending;
                while ((pending = control.poll()) != null) {
                    pending.run();
                }
                short[] frame = speech.poll();
                write(kind, frame == null ? silence : littleEndian(frame));
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

    private void receiveFrames() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            while (true) {
                int kind = in.readUnsignedByte();
                int length = in.readUnsignedShort();
                byte[] payload = new byte[length];
                in.readFully(payload);
                long at = System.nanoTime();
                synchronized (received) {
                    received.add(new Received(kind, payload, at));
                }
                if (kind == KIND_HANGUP) {
                    hungUpByBot = true;
                    break;
                }
            }
        } catch (EOFException e) {
            // the bot closed the connection
        } catch (IOException e) {
            // reset, or we hung up
        } finally {
            ended.countDown();
            closed = true;
        }
    }

    private synchronized void write(int kind, byte[] payload) throws IOException {
        byte[] frame = new byte[3 + payload.length];
        frame[0] = (byte) kind;
        frame[1] = (byte) (payload.length >>> 8);
        frame[2] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 3, payload.length);
        out.write(frame);
        out.flush();
    }

    private static byte[] littleEndian(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }

    /** A write that may fail like the socket does. */
    @FunctionalInterface
    private interface Runnable {
        void run() throws IOException;
    }
}
