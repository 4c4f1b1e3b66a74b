package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import city.civic.asterisk.FrameCodec;
import city.civic.voice.net.DeadlineInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

/**
 * One AudioSocket TCP connection as a frame source and sink. Until {@link #readTimeout(Duration)} is
 * first called (the handshake is done), all reads together must finish within the handshake deadline,
 * counted from construction (accept): a peer trickling its UUID one byte at a time is cut there.
 */
final class SocketFrames implements FrameSource, FrameSink {

    private final Socket socket;
    private final DeadlineInputStream deadline;
    private final InputStream in;
    private final OutputStream out;

    SocketFrames(Socket socket, Duration handshakeDeadline) throws IOException {
        this.socket = socket;
        this.deadline = new DeadlineInputStream(socket, handshakeDeadline);
        this.in = new BufferedInputStream(deadline);
        this.out = socket.getOutputStream();
    }

    @Override
    public Frame next() throws IOException {
        return FrameCodec.read(in);
    }

    @Override
    public void readTimeout(Duration timeout) throws IOException {
        deadline.lift(timeout);
    }

    @Override
    public synchronized void send(Frame frame) throws IOException {
        FrameCodec.write(out, frame);
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
