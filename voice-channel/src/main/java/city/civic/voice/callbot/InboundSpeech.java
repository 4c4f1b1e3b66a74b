package city.civic.voice.callbot;

import city.civic.voice.speech.RecognitionStream;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.Transcription;
import city.civic.voice.speech.dsp.HalfBandUpsampler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's side of one call, on the AudioSocket connection thread: each frame goes to the voice
 * detector and the recognizer (through the grammar the turn loop asks for), the caller's turn ends after
 * enough silence, and the bot is interrupted when the caller talks over it. What it hears goes on the
 * call's event queue.
 */
final class InboundSpeech {

    private static final Logger log = LoggerFactory.getLogger(InboundSpeech.class);
    /** Frames of lead-in kept before speech, for re-decoding a grammar miss in full. */
    private static final int LEAD_IN_FRAMES = 25;
    private static final int PARTIAL_CHECK_FRAMES = 3;
    private static final long SPEECH_START_MILLIS = 60;
    private static final long SPEECH_MIN_VOICED_MILLIS = 100;

    private final SpeechRecognizer recognizer;
    private final CallbotProperties settings;
    private final VoiceMetrics metrics;
    private final PromptPlayback playback;
    private final Queue<CallEvent> events;
    private final HalfBandUpsampler upsampler = new HalfBandUpsampler();
    private final VoiceActivity activity;
    private final List<Transcription> heardParts = new ArrayList<>();
    private final Deque<short[]> utteranceAudio = new ArrayDeque<>();

    /** Set by the call's thread: what the next frames are heard with. */
    private volatile Listening wanted = Listening.ANYTHING;
    private Listening applied;
    private RecognitionStream stream;
    private int lineRate;
    private boolean lineBroken;
    private boolean inSpeech;
    private long utteranceMicros;
    private long frames;

    InboundSpeech(SpeechRecognizer recognizer, CallbotProperties settings, VoiceMetrics metrics,
            PromptPlayback playback, Queue<CallEvent> events) {
        this.recognizer = recognizer;
        this.settings = settings;
        this.metrics = metrics;
        this.playback = playback;
        this.events = events;
        this.activity = new VoiceActivity(settings.speechFloorDbfs(), settings.speechMarginDb());
    }

    /** From the call's thread: listen this way from the next frame on. */
    void listen(Listening listening) {
        if (!listening.equals(wanted)) {
            wanted = listening;
        }
    }

    void onAudio(short[] samples, int sampleRate) {
        if (lineBroken || !sameRate(sampleRate)) {
            return;
        }
        frames++;
        switchStreamIfAsked();
        boolean voiced = activity.accept(samples, sampleRate);
        short[] wide = sampleRate == SpeechRecognizer.SAMPLE_RATE ? samples : upsampler.process(samples);
        if (applied.phrases() != null) {
            utteranceAudio.add(wide);
        }
        long decoding = System.nanoTime();
        if (stream.accept(wide)) {
            heardParts.add(stream.result());
        }
        metrics.recognized(samples.length * 1_000_000_000L / sampleRate, System.nanoTime() - decoding);
        if (voiced && !inSpeech && activity.speechMillis() >= SPEECH_START_MILLIS) {
            inSpeech = true;
            utteranceMicros = 0;
            events.add(new CallEvent.SpeechStarted());
        }
        if (inSpeech) {
            utteranceMicros += samples.length * 1_000_000L / sampleRate;
            maybeBargeIn();
            long endSilence = (applied.patient() ? settings.patientEndOfSpeechSilence()
                    : settings.endOfSpeechSilence()).toMillis();
            if (activity.silenceMillis() >= endSilence || utteranceMicros / 1000 >= settings.maxUtterance().toMillis()) {
                endUtterance();
            }
        } else if (!heardParts.isEmpty() && activity.silenceMillis() > settings.endOfSpeechSilence().toMillis()) {
            endUtterance(); // Vosk's endpoint after speech too quiet for the detector
        } else if (utteranceAudio.size() > LEAD_IN_FRAMES) {
            utteranceAudio.poll();
        }
    }

    /** The caller hung up: the recognizer's stream is freed. */
    void close() {
        if (stream != null) {
            stream.close();
        }
    }

    /** A line that changes its rate mid-call is broken: the bot stops and the caller goes to a person. */
    private boolean sameRate(int sampleRate) {
        if (lineRate == 0) {
            lineRate = sampleRate;
            playback.lineRate(sampleRate);
        } else if (sampleRate != lineRate) {
            lineBroken = true;
            playback.lineDown();
            log.warn("voice.rate-changed from={} to={}: ending the leg, caller goes to a counsellor", lineRate,
                    sampleRate);
            events.add(new CallEvent.LineFailed("the line switched from " + lineRate + " Hz to " + sampleRate + " Hz"));
        }
        return !lineBroken;
    }

    private void maybeBargeIn() {
        if (!playback.speakingLongerThan(settings.bargeInProtection().toNanos())) {
            return;
        }
        long speech = activity.speechMillis();
        long needed = settings.bargeInSpeech().toMillis();
        boolean words = speech >= needed && frames % PARTIAL_CHECK_FRAMES == 0 && !stream.partial().isBlank();
        if (words || speech >= 2 * needed) {
            playback.bargeIn();
            log.debug("voice.barge-in speech-ms={} words={}", speech, words);
        }
    }

    private void endUtterance() {
        heardParts.add(stream.finish());
        Transcription heard = joined(heardParts);
        boolean hadSpeech = activity.voicedMillisInUtterance() >= SPEECH_MIN_VOICED_MILLIS || !heard.isEmpty();
        short[] audio = applied.phrases() != null ? concat(utteranceAudio) : null;
        heardParts.clear();
        utteranceAudio.clear();
        activity.startUtterance();
        inSpeech = false;
        if (hadSpeech) {
            if (playback.speaking() && !playback.bargedIn() && !heard.isEmpty()
                    && heard.confidence() >= settings.minConfidence()) {
                playback.bargeIn(); // words over the prompt that were too quiet for the barge-in detector
            }
            long speechEnded = System.nanoTime() - activity.silenceMillis() * 1_000_000;
            events.add(new CallEvent.Heard(heard, audio, speechEnded));
        }
    }

    private void switchStreamIfAsked() {
        Listening listening = wanted;
        if (stream != null && listening == applied) {
            return;
        }
        if (stream != null) {
            stream.close();
        }
        stream = listening.phrases() == null ? recognizer.open() : recognizer.open(listening.phrases());
        applied = listening;
        heardParts.clear();
        utteranceAudio.clear();
    }

    /** The parts the recognizer cut one utterance into, as one transcription with its words' mean confidence. */
    private static Transcription joined(List<Transcription> parts) {
        List<Transcription> heard = parts.stream().filter(t -> !t.isEmpty()).toList();
        if (heard.size() <= 1) {
            return heard.isEmpty() ? Transcription.NOTHING : heard.get(0);
        }
        List<Transcription.Word> words = heard.stream().flatMap(t -> t.words().stream()).toList();
        double confidence = words.isEmpty() ? heard.stream().mapToDouble(Transcription::confidence).average()
                .orElse(0) : words.stream().mapToDouble(Transcription.Word::confidence).average().orElse(0);
        return new Transcription(String.join(" ", heard.stream().map(Transcription::text).toList()), confidence,
                words);
    }

    private static short[] concat(Deque<short[]> chunks) {
        int length = chunks.stream().mapToInt(c -> c.length).sum();
        short[] all = new short[length];
        int at = 0;
        for (short[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }
}
