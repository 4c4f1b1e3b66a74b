package city.civic.voice.audiosocket;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;

/**
 * A test client speaking what Asterisk's {@code app_audiosocket.c} speaks: the UUID message first, then
 * 320-byte slin frames every 20 ms, DTMF, and closing the socket when the caller hangs up.
 */
final class AsteriskPeer implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    AsteriskPeer(int port) throws IOException {
        this(InetAddress.getLoopbackAddress(), port);
    }

    /** Connects to the loopback server from {@code from}, e.g. 127.0.0.2 to be another PBX. */
    AsteriskPeer(InetAddress from, int port) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 3000);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(3000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
    }

    AsteriskPeer hello(UUID callId) throws IOException {
        return send(Frame.uuid(callId));
    }

    AsteriskPeer send(Frame frame) throws IOException {
        FrameCodec.write(out, frame);
        return this;
    }

    AsteriskPeer raw(byte... bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Streams {@code frames} 20 ms frames of a ramp in real time. */
    AsteriskPeer talk(int frames) throws IOException, InterruptedException {
        for (int i = 0; i < frames; i++) {
            short[] samples = new short[160];
            samples[0] = (short) i;
            send(Frame.audio(samples, 8000));
            Thread.sleep(20);
        }
        return this;
    }

    /** The next frame from the server, or {@code null} when it closed the connection. */
    Frame receive() throws IOException {
        return FrameCodec.read(in);
    }

    /** Whether the server closed the connection (reads to the end, skipping frames). */
    boolean closedByServer() throws IOException {
        try {
            while (FrameCodec.read(in) != null) {
                // skip
            }
            return true;
        } catch (java.net.SocketException e) {
            return true; // reset by the server
        }
    }

    /** Whether the server closed the connection without sending a single byte. */
    boolean closedWithoutAFrame() throws IOException {
        try {
            return in.read() == -1;
        } catch (java.net.SocketException e) {
            return true; // reset by the server
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
