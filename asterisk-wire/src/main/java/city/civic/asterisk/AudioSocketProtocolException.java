package city.civic.asterisk;

import java.io.IOException;

/** The peer broke the AudioSocket framing (truncated header, unknown kind, bad length): the call is closed. */
public class AudioSocketProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    public AudioSocketProtocolException(String message) {
        super(message);
    }
}
