package city.civic.voice.audiosocket;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

/** One AudioSocket TCP connection as a frame source and sink. */
final class SocketFrames implements FrameSource, FrameSink {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    SocketFrames(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    @Override
    public Frame next() throws IOException {
        return FrameCodec.read(in);
    }

    @Override
    public void readTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
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
