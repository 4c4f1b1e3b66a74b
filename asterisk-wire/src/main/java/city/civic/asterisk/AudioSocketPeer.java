package city.civic.asterisk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.UUID;

/**
 * Asterisk's end of one AudioSocket connection, step by step: the UUID message first, then frames
 * through {@link FrameCodec} (or raw bytes, to play a broken peer), and closing the socket when the
 * caller hangs up. {@link AudioSocketCaller} builds a live caller on it.
 */
public final class AudioSocketPeer implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    /** Connects to the loopback server, waiting at most 3 s for each frame from it. */
    public AudioSocketPeer(int port) throws IOException {
        this(InetAddress.getLoopbackAddress(), port);
    }

    /** Connects to the loopback server from {@code from}, e.g. 127.0.0.2 to be another PBX. */
    public AudioSocketPeer(InetAddress from, int port) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TIMEOUT.toMillis());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
    }

    /** How long {@link #receive()} waits for a frame; zero waits for as long as the call lasts. */
    public AudioSocketPeer readTimeout(Duration timeout) throws SocketException {
        socket.setSoTimeout((int) timeout.toMillis());
        return this;
    }

    /** The UUID message, Asterisk's first. */
    public AudioSocketPeer hello(UUID callId) throws IOException {
        return send(Frame.uuid(callId));
    }

    public synchronized AudioSocketPeer send(Frame frame) throws IOException {
        FrameCodec.write(out, frame);
        return this;
    }

    /** Bytes as they are, between frames: what a broken peer sends. */
    public synchronized AudioSocketPeer raw(byte... bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Streams {@code frames} 20 ms slin frames of a ramp in real time. */
    public AudioSocketPeer talk(int frames) throws IOException, InterruptedException {
        for (int i = 0; i < frames; i++) {
            short[] samples = new short[160];
            samples[0] = (short) i;
            send(Frame.audio(samples, 8000));
            Thread.sleep(20);
        }
        return this;
    }

    /** The next frame from the server, or {@code null} when it closed the connection. */
    public Frame receive() throws IOException {
        return FrameCodec.read(in);
    }

    /** Whether the server closed the connection (reads to the end, skipping frames). */
    public boolean closedByServer() throws IOException {
        try {
            while (FrameCodec.read(in) != null) {
                // skip
            }
            return true;
        } catch (SocketException e) {
            return true; // reset by the server
        }
    }

    /** Whether the server closed the connection without sending a single byte. */
    public boolean closedWithoutAFrame() throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketException e) {
            return true; // reset by the server
        }
    }

    /** The caller hangs up: Asterisk closes the socket. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
