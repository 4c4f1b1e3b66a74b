package city.civic.voice.audiosocket;

import city.civic.asterisk.Frame;
import java.io.IOException;

/** Outbound AudioSocket frames of one connection; safe to call from several threads. */
interface FrameSink extends AutoCloseable {

    void send(Frame frame) throws IOException;

    /** Closes the connection; a blocked {@link FrameSource#next()} on it then fails. */
    @Override
    void close();
}
