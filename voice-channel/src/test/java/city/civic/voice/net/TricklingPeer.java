package city.civic.voice.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A slow client (slow loris): connects from a chosen loopback address and sends its bytes one at a time,
 * {@code interval} apart, watching between bytes whether the server closed the connection. Each read
 * the server makes returns in time; only a total deadline can cut it.
 */
public final class TricklingPeer implements AutoCloseable {

    /**
     * @param bytesSent bytes written before the server closed (all of them if it never did)
     * @param closedByServer whether the server closed (end of stream or reset) before the test gave up
     * @param bytesReceived bytes the server sent; 0 for a connection cut without a word
     */
    public record Outcome(int bytesSent, boolean closedByServer, int bytesReceived) {
    }

    private final Socket socket;

    public TricklingPeer(InetAddress from, int port) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        socket.setTcpNoDelay(true);
    }

    public TricklingPeer(int port) throws IOException {
        this(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Sends {@code bytes} one at a time, {@code interval} apart (none: just waits), until the server
     * closes the connection or {@code giveUpAfter} has passed.
     */
    public Outcome trickle(byte[] bytes, Duration interval, Duration giveUpAfter) throws IOException {
        long giveUpAt = System.nanoTime() + giveUpAfter.toNanos();
        socket.setSoTimeout(Math.toIntExact(interval.toMillis()));
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        int sent = 0;
        int received = 0;
        while (System.nanoTime() < giveUpAt) {
            if (sent < bytes.length) {
                try {
                    out.write(bytes[sent]);
                    out.flush();
                    sent++;
                } catch (SocketException e) {
                    return new Outcome(sent, true, received); // broken pipe or reset: the server closed
                }
            }
            try {
                if (in.read() == -1) {
                    return new Outcome(sent, true, received);
                }
                received++;
            } catch (SocketTimeoutException e) {
                // still open: the next byte
            } catch (SocketException e) {
                return new Outcome(sent, true, received);
            }
        }
        return new Outcome(sent, false, received);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
