package city.civic.voice.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A socket's input whose reads must all be done by one deadline, until {@link #lift(Duration) lifted}:
 * each read may wait only what is left of it ({@code SO_TIMEOUT} shrinks from read to read), so a peer
 * trickling one byte at a time is cut at the deadline even though every single read returns in time.
 * Once lifted (the peer's first message arrived), each read may wait the given per-read timeout.
 *
 * <p>A read past the deadline fails with a {@link SocketTimeoutException}, like a read past
 * {@code SO_TIMEOUT}. Reads come from one thread (the connection's), as with any socket stream.
 */
public final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final long deadline;
    private boolean bounded = true;

    /** Starts the deadline now: {@code total} from now, all reads together. */
    public DeadlineInputStream(Socket socket, Duration total) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
        this.deadline = System.nanoTime() + total.toNanos();
    }

    /** Ends the deadline: from now on each read may wait {@code perRead} (positive). */
    public void lift(Duration perRead) throws IOException {
        bounded = false;
        socket.setSoTimeout(millis(perRead.toNanos()));
    }

    /** Whether reads are still bound by the deadline. */
    public boolean bounded() {
        return bounded;
    }

    @Override
    public int read() throws IOException {
        beforeRead();
        return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        beforeRead();
        return super.read(buffer, offset, length);
    }

    @Override
    public long skip(long count) throws IOException {
        beforeRead();
        return super.skip(count);
    }

    private void beforeRead() throws IOException {
        if (!bounded) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout(millis(left));
    }

    /** Whole milliseconds, rounded up and at least 1 ({@code SO_TIMEOUT} 0 would mean no timeout at all). */
    private static int millis(long nanos) {
        long millis = (nanos + 999_999) / 1_000_000;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }
}
