package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.voice.speech.RecognitionStream;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.Transcription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** The caller's side of a call, fed frame by frame as the AudioSocket connection does, with a fake recognizer. */
class InboundSpeechTests {

    static final int RATE = 8000;

    final List<List<String>> grammars = new ArrayList<>();
    /** Every frame the recognizer decoded, in order. */
    final List<short[]> decoded = new ArrayList<>();
    String partial = "";
    final LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
    final CallSessionTests.FakeOutput output = new CallSessionTests.FakeOutput();
    final PromptPlayback playback = new PromptPlayback(output, (sentence, rate) -> new short[rate / 10],
            CallFixtures.metrics());
    Transcription next = new Transcription("city hall", 0.9, List.of());
    CallbotProperties settings = CallFixtures.SETTINGS;
    InboundSpeech inbound = new InboundSpeech(recognizer(), settings, CallFixtures.metrics(), playback, events);

    @Test
    void speechThenAPauseIsTheCallersTurn() {
        feed(silence(300));
        feed(tone(500));
        feed(silence(700));

        assertThat(events).hasSize(2);
        assertThat(events.poll()).isInstanceOf(CallEvent.SpeechStarted.class);
        CallEvent.Heard heard = (CallEvent.Heard) events.poll();
        assertThat(heard.transcription().text()).isEqualTo("city hall");
        assertThat(heard.audio()).as("kept only for a grammar").isNull();
    }

    @Test
    void theRecognizerSleepsOnAQuietLineAndWakesWithTheOnset() {
        feed(silence(2000));
        assertThat(decoded).as("nothing decoded while the caller listens").isEmpty();

        feed(tone(500));
        assertThat(decoded).hasSize(InboundSpeech.PRE_ROLL_FRAMES + 25);
        assertThat(decoded.subList(0, InboundSpeech.PRE_ROLL_FRAMES)).as("the quiet before the onset first")
                .allMatch(frame -> VoiceActivity.levelDbfs(frame) < -90);
        assertThat(VoiceActivity.levelDbfs(decoded.get(InboundSpeech.PRE_ROLL_FRAMES))).isGreaterThan(-30);

        feed(silence(3000));
        assertThat(events).filteredOn(CallEvent.Heard.class::isInstance).singleElement()
                .extracting(e -> ((CallEvent.Heard) e).transcription().text()).isEqualTo("city hall");
        int afterTurn = decoded.size();
        assertThat(afterTurn).as("asleep again soon after the end of the turn")
                .isLessThanOrEqualTo(InboundSpeech.PRE_ROLL_FRAMES + 25 + 26);
        feed(silence(2000));
        assertThat(decoded).hasSize(afterTurn);
    }

    @Test
    void wordsTooQuietForTheDetectorAreStillHeardWhenTheRecognizerFallsAsleep() {
        feed(silence(300));
        feed(tone(600, -50)); // audible, under the detector's floor
        partial = "city";
        feed(silence(1500));

        assertThat(decoded).isNotEmpty();
        assertThat(events).noneMatch(CallEvent.SpeechStarted.class::isInstance);
        assertThat(events).filteredOn(CallEvent.Heard.class::isInstance).singleElement()
                .extracting(e -> ((CallEvent.Heard) e).transcription().text()).isEqualTo("city hall");
    }

    @Test
    void aQuietLineWithNothingDecodedEndsNoTurn() {
        feed(silence(300));
        feed(tone(200, -50));
        feed(silence(1500));

        assertThat(decoded).isNotEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aShortPauseDoesNotEndTheTurnWhenAPlaceIsAwaited() {
        inbound.listen(new Listening(List.of("docheok ro"), true));

        feed(silence(300));
        feed(tone(500));
        feed(silence(700)); // enough for an ordinary answer, not for a place
        assertThat(events).noneMatch(CallEvent.Heard.class::isInstance);
        feed(silence(700));

        assertThat(grammars).containsExactly(List.of("docheok ro"));
        CallEvent.Heard heard = (CallEvent.Heard) events.stream().filter(CallEvent.Heard.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(heard.audio()).as("kept to decode again in full").isNotEmpty();
    }

    @Test
    void speechOverThePromptInterruptsIt() {
        settings = withBargeInProtection(Duration.ZERO);
        inbound = new InboundSpeech(recognizer(), settings, CallFixtures.metrics(), playback, events);
        feed(silence(300));
        playback.speak(SpokenPrompt.saying(List.of("A long prompt.")));

        feed(tone(600));

        assertThat(output.interrupts.get()).isEqualTo(1);
        assertThat(playback.bargedIn()).isTrue();
    }

    @Test
    void aLineThatChangesItsRateFailsAndTheBotFallsSilent() {
        feed(silence(100));
        inbound.onAudio(new short[320], 16_000);
        playback.speak(SpokenPrompt.saying(List.of("Anything.")));

        assertThat(events).singleElement().isInstanceOf(CallEvent.LineFailed.class);
        assertThat(output.playing.get()).isFalse();
    }

    private void feed(short[] audio) {
        for (int at = 0; at < audio.length; at += RATE / 50) {
            short[] frame = new short[RATE / 50];
            System.arraycopy(audio, at, frame, 0, Math.min(frame.length, audio.length - at));
            inbound.onAudio(frame, RATE);
        }
    }

    private static short[] silence(int millis) {
        return new short[RATE * millis / 1000];
    }

    private static short[] tone(int millis) {
        return tone(millis, -15);
    }

    private static short[] tone(int millis, double dbfs) {
        short[] tone = new short[RATE * millis / 1000];
        double amplitude = Math.pow(10, dbfs / 20) * 32768 * Math.sqrt(2);
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (amplitude * Math.sin(2 * Math.PI * 440 * i / RATE));
        }
        return tone;
    }

    private static CallbotProperties withBargeInProtection(Duration protection) {
        CallbotProperties s = CallFixtures.SETTINGS;
        return new CallbotProperties(s.queue(), s.noInputTimeout(), s.patientNoInputTimeout(), s.endOfSpeechSilence(),
                s.patientEndOfSpeechSilence(), s.maxUtterance(), protection, s.bargeInSpeech(), s.minConfidence(),
                s.keyTimeout(), s.speechFloorDbfs(), s.speechMarginDb());
    }

    /** Hears {@link #next} at the end of each utterance; remembers the grammars it was opened with. */
    private SpeechRecognizer recognizer() {
        return new SpeechRecognizer() {
            @Override
            public RecognitionStream open() {
                return new RecognitionStream() {
                    @Override
                    public boolean accept(short[] samples16k) {
                        decoded.add(samples16k.clone());
                        return false;
                    }

                    @Override
                    public String partial() {
                        return partial;
                    }

                    @Override
                    public Transcription result() {
                        return Transcription.NOTHING;
                    }

                    @Override
                    public Transcription finish() {
                        return next;
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public RecognitionStream open(Collection<String> phrases) {
                grammars.add(List.copyOf(phrases));
                return open();
            }

            @Override
            public boolean knows(String word) {
                return true;
            }
        };
    }
}
