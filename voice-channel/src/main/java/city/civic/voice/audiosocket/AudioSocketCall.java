package city.civic.voice.audiosocket;

import city.civic.asterisk.AudioSocketProtocolException;
import city.civic.asterisk.Frame;
import city.civic.asterisk.FrameKind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One AudioSocket connection, from Asterisk's UUID message to the end of the leg, on its own thread:
 * the handshake, then every inbound frame to the call's {@link CallAudio}. Malformed input ends only
 * this call. Follows the dialplan application's conversation in Asterisk's {@code apps/app_audiosocket.c}.
 */
final class AudioSocketCall implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(AudioSocketCall.class);
    /** Error code sent to a peer that does not start with the UUID (CyCoreSystems: frame forwarding error). */
    static final int ERROR_NOT_AUDIOSOCKET = 0x02;

    private final FrameSource in;
    private final FrameSink out;
    private final CallAudioHandlers handlers;
    private final Duration idleTimeout;
    private final String peer;

    AudioSocketCall(FrameSource in, FrameSink out, CallAudioHandlers handlers, Duration idleTimeout, String peer) {
        this.in = in;
        this.out = out;
        this.handlers = handlers;
        this.idleTimeout = idleTimeout;
        this.peer = peer;
    }

    @Override
    public void run() {
        try {
            Optional<UUID> callId = handshake();
            if (callId.isPresent()) {
                MDC.put("callId", callId.get().toString());
                serve(callId.get());
            }
        } finally {
            out.close();
            MDC.remove("callId");
        }
    }

    private Optional<UUID> handshake() {
        Frame first;
        try {
            first = in.next();
        } catch (SocketTimeoutException e) {
            log.warn("audiosocket.handshake-timeout peer={}", peer);
            return Optional.empty();
        } catch (IOException e) {
            log.warn("audiosocket.handshake-failed peer={} reason={}", peer, e.toString());
            return Optional.empty();
        }
        if (first == null) {
            log.info("audiosocket.closed-before-uuid peer={}", peer);
            return Optional.empty();
        }
        if (first.kind() != FrameKind.UUID) {
            log.warn("audiosocket.no-uuid peer={} first={}", peer, first);
            sendQuietly(Frame.error(ERROR_NOT_AUDIOSOCKET));
            return Optional.empty();
        }
        return Optional.of(first.uuidValue());
    }

    private void serve(UUID callId) {
        PacedAudioWriter writer = new PacedAudioWriter(out, "audiosocket-out-" + callId, e -> out.close());
        AudioSocketOutput output = new AudioSocketOutput(writer, out);
        Optional<CallAudio> audio = handlers.open(callId, output);
        if (audio.isEmpty()) {
            // The hangup message, not 0xff: Asterisk treats any non-audio kind as an error and hangs the
            // caller up, whereas hangup lets the dialplan continue to its fallback (Asterisk >= 20.14/22.4).
            log.warn("audiosocket.unknown-call peer={}", peer);
            sendQuietly(Frame.hangup());
            return;
        }
        log.info("audiosocket.call-started peer={}", peer);
        writer.start();
        try {
            in.readTimeout(idleTimeout);
            String reason = receive(audio.get());
            log.info("audiosocket.call-ended reason={}", output.hungUpByUs() ? "hung-up-by-us" : reason);
        } catch (IOException e) {
            log.info("audiosocket.call-ended reason={}", output.hungUpByUs() ? "hung-up-by-us" : e.toString());
        } catch (RuntimeException e) {
            log.error("audiosocket.listener-failed", e);
            output.hangUp();
        } finally {
            writer.close();
            out.close();
            notifyHangup(audio.get());
        }
    }

    /** Dispatches frames until the leg ends; returns why it ended. */
    private String receive(CallAudio audio) throws IOException {
        while (true) {
            Frame frame;
            try {
                frame = in.next();
            } catch (AudioSocketProtocolException e) {
                log.warn("audiosocket.protocol-error reason={}", e.getMessage());
                return "protocol-error";
            } catch (SocketTimeoutException e) {
                log.warn("audiosocket.idle-timeout after={}", idleTimeout);
                return "idle-timeout";
            }
            if (frame == null) {
                return "caller-hung-up";
            }
            switch (frame.kind()) {
                case SLIN, SLIN16 -> audio.onAudio(frame.samples(), frame.kind().sampleRate());
                case DTMF -> audio.onDtmf(frame.digit());
                case HANGUP -> {
                    return "hangup-message";
                }
                case ERROR -> {
                    log.warn("audiosocket.peer-error payload-bytes={}", frame.payload().length);
                    return "peer-error";
                }
                case UUID -> log.warn("audiosocket.repeated-uuid ignored");
            }
        }
    }

    private void notifyHangup(CallAudio audio) {
        try {
            audio.onHangup();
        } catch (RuntimeException e) {
            log.error("audiosocket.listener-failed on hangup", e);
        }
    }

    private void sendQuietly(Frame frame) {
        try {
            out.send(frame);
        } catch (IOException e) {
            log.debug("audiosocket.send-failed frame={} reason={}", frame, e.toString());
        }
    }
}
