package city.civic.voice.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.asterisk.AudioSocketProtocolException;
import city.civic.asterisk.Frame;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-connection conversation against a fake reader and writer. */
class AudioSocketCallTests {

    final UUID callId = UUID.randomUUID();
    final RecordingSink sink = new RecordingSink();
    final RecordingCall call = new RecordingCall();
    final CallAudioHandlers knowsTheCall = (id, output) -> {
        call.output = output;
        return id.equals(callId) ? Optional.of(call) : Optional.empty();
    };

    @Test
    void dispatchesAudioAndDtmfInOrderThenHangsUpOnClose() {
        run(source(Frame.uuid(callId), Frame.audio(new short[160], 8000), Frame.dtmf('1'),
                Frame.audio(new short[320], 16000), Frame.dtmf('#')), knowsTheCall);

        assertThat(call.audio).extracting(samples -> samples.length).containsExactly(160, 320);
        assertThat(call.rates).containsExactly(8000, 16000);
        assertThat(call.digits).hasToString("1#");
        assertThat(call.hangups).isEqualTo(1);
        assertThat(sink.frames()).isEmpty();
        assertThat(sink.closed).isTrue();
    }

    @Test
    void aFirstFrameOtherThanTheUuidGetsAnErrorAndClose() {
        run(source(Frame.audio(new short[160], 8000)), knowsTheCall);

        assertThat(sink.frames()).containsExactly(Frame.error(AudioSocketCall.ERROR_NOT_AUDIOSOCKET));
        assertThat(sink.closed).isTrue();
        assertThat(call.output).isNull();
    }

    @Test
    void noUuidByTheHandshakeDeadlineClosesWithoutAFrameOrACall() {
        Deque<Object> script = new ArrayDeque<>(List.of(new SocketTimeoutException("deadline passed")));
        run(() -> next(script), knowsTheCall);

        assertThat(sink.frames()).isEmpty();
        assertThat(sink.closed).isTrue();
        assertThat(call.output).isNull();
    }

    @Test
    void anUnknownCallGetsTheHangupMessageSoTheDialplanFallsBack() {
        run(source(Frame.uuid(UUID.randomUUID()), Frame.audio(new short[160], 8000)), knowsTheCall);

        assertThat(sink.frames()).containsExactly(Frame.hangup());
        assertThat(sink.closed).isTrue();
        assertThat(call.audio).isEmpty();
    }

    @Test
    void malformedInputEndsTheCallCleanly() {
        Deque<Object> script = new ArrayDeque<>(List.of(Frame.uuid(callId), Frame.dtmf('5'),
                new AudioSocketProtocolException("unknown or unsupported kind 0x47")));
        run(() -> next(script), knowsTheCall);

        assertThat(call.digits).hasToString("5");
        assertThat(call.hangups).isEqualTo(1);
        assertThat(sink.closed).isTrue();
    }

    @Test
    void aFailingListenerEndsItsCallWithTheHangupMessage() {
        CallAudioHandlers failing = (id, output) -> Optional.of(new RecordingCall() {
            @Override
            public void onDtmf(char digit) {
                throw new IllegalStateException("boom");
            }
        });
        run(source(Frame.uuid(callId), Frame.dtmf('5')), failing);

        assertThat(sink.frames()).containsExactly(Frame.hangup());
        assertThat(sink.closed).isTrue();
    }

    private void run(FrameSource source, CallAudioHandlers handlers) {
        new AudioSocketCall(source, sink, handlers, Duration.ofSeconds(5), "test").run();
    }

    private static FrameSource source(Frame... frames) {
        Deque<Object> script = new ArrayDeque<>(List.of(frames));
        return () -> next(script);
    }

    private static Frame next(Deque<Object> script) throws IOException {
        Object next = script.poll();
        if (next instanceof IOException e) {
            throw e;
        }
        return (Frame) next;
    }
}
