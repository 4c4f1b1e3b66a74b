package city.civic.voice.agi;

import city.civic.voice.net.DeadlineInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One FastAGI connection as Asterisk-Java's {@link SocketConnectionFacade} (the seam its
 * {@code FastAgiReader} and {@code FastAgiWriter} read and write lines through), in place of its
 * {@code SocketConnectionFacadeImpl}, whose line reader grows a line without limit and whose only
 * timeout is per read. Here:
 * <ul>
 * <li>a line longer than {@code maxLineBytes} (UTF-8 bytes, the newline not counted) ends the
 *     connection: the socket is closed and {@link #readLine()} fails, so Asterisk-Java's handler ends
 *     and frees its thread;</li>
 * <li>the {@code agi_*} environment (up to its closing empty line) must have arrived within
 *     {@code readTimeout} of accept, all reads together; after it, each read may wait
 *     {@code readTimeout}, as before.</li>
 * </ul>
 * Lines are otherwise read as Asterisk-Java 3.41.0's {@code FastScannerNl} reads them: split at
 * {@code \n} only (a {@code \r} stays), one empty line at the very start skipped, the unterminated rest
 * returned at end of stream, then {@code null}.
 */
final class CappedLineConnection implements SocketConnectionFacade {

    private static final Logger log = LoggerFactory.getLogger(CappedLineConnection.class);

    private final Socket socket;
    private final String peer;
    private final DeadlineInputStream deadline;
    private final InputStream in;
    private final Writer out;
    private final Duration readTimeout;
    private final byte[] line;
    private boolean first = true;

    CappedLineConnection(Socket socket, int maxLineBytes, Duration readTimeout) throws IOException {
        this.socket = socket;
        this.peer = String.valueOf(socket.getRemoteSocketAddress());
        this.deadline = new DeadlineInputStream(socket, readTimeout);
        this.in = new BufferedInputStream(deadline);
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
        this.readTimeout = readTimeout;
        this.line = new byte[maxLineBytes];
    }

    @Override
    public String readLine() throws IOException {
        String text;
        try {
            text = nextLine();
            if (first && text != null && text.isEmpty()) {
                text = nextLine();
            }
        } catch (SocketTimeoutException e) {
            if (deadline.bounded()) {
                log.warn("fastagi.environment-timeout peer={} after={}", peer, readTimeout);
            }
            throw e;
        }
        first = false;
        if (text != null && text.isEmpty() && deadline.bounded()) {
            deadline.lift(readTimeout);
        }
        return text;
    }

    private String nextLine() throws IOException {
        int length = 0;
        while (true) {
            int next = in.read();
            if (next == -1) {
                return length == 0 ? null : decode(length);
            }
            if (next == '\n') {
                return decode(length);
            }
            if (length == line.length) {
                log.warn("fastagi.line-too-long peer={} limit={}", peer, line.length);
                close();
                throw new IOException("line longer than " + line.length + " bytes");
            }
            line[length++] = (byte) next;
        }
    }

    private String decode(int length) {
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
