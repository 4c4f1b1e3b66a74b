package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import java.io.IOException;
import java.time.Duration;

/** Inbound AudioSocket frames of one connection; a fake in tests, {@link SocketFrames} on the wire. */
interface FrameSource {

    /** The next frame, or {@code null} when the peer closed the connection between frames. */
    Frame next() throws IOException;

    /**
     * From now on, how long each {@link #next()} may wait before it fails with a
     * {@link java.net.SocketTimeoutException}. Called once the handshake is done; until then the
     * transport's handshake deadline bounds all reads together.
     */
    default void readTimeout(Duration timeout) throws IOException {
    }
}
