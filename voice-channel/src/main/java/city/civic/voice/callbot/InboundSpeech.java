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
 *
 * <p>The recognizer sleeps while the line is quiet (most of a call: the caller listens to the bot), which
 * is most of its CPU: it wakes at the first audible frame, is first fed the last {@value #PRE_ROLL_FRAMES}
 * frames so the onset is not clipped, and sleeps again once no turn is in progress and the line has been
 * quiet for the end-of-speech silence; words it was still decoding then (speech too quiet for the
 * detector) are the caller's turn.
 */
final class InboundSpeech {

    private static final Logger log = LoggerFactory.getLogger(InboundSpeech.class);
    /** Frames of lead-in kept before speech, for re-decoding a grammar miss in full. */
    private static final int LEAD_IN_FRAMES = 25;
    private static final int PARTIAL_CHECK_FRAMES = 3;
    private static final long SPEECH_START_MILLIS = 60;
    private static final long SPEECH_MIN_VOICED_MILLIS = 100;
    /** Frames fed to a waking recognizer before the one that woke it: 300 ms of onset. */
    static final int PRE_ROLL_FRAMES = 15;

    private final SpeechRecognizer recognizer;
    private final CallbotProperties settings;
    private final VoiceMetrics metrics;
    private final PromptPlayback playback;
    private final Queue<CallEvent> events;
    private final HalfBandUpsampler upsampler = new HalfBandUpsampler();
    private final VoiceActivity activity;
    private final List<Transcription> heardParts = new ArrayList<>();
    private final Deque<short[]> utteranceAudio = new ArrayDeque<>();
    private final Deque<short[]> preRoll = new ArrayDeque<>();

    /** Set by the call's thread: what the next frames are heard with. */
    private volatile Listening wanted = Listening.ANYTHING;
    private Listening applied;
    private RecognitionStream stream;
    private int lineRate;
    private boolean lineBroken;
    private boolean inSpeech;
    private boolean awake;
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
        long audioNanos = samples.length * 1_000_000_000L / sampleRate;
        long decoding = System.nanoTime();
        if (decode(wide)) {
            metrics.recognized(audioNanos, System.nanoTime() - decoding);
        } else {
            metrics.recognizerAsleep(audioNanos);
        }
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
        if (awake && !inSpeech && activity.quietMillis() >= settings.endOfSpeechSilence().toMillis()) {
            sleep();
        }
    }

    /**
     * The frame to the recognizer when the line is audible or the recognizer still awake; else kept as
     * pre-roll. Returns whether it was decoded.
     */
    private boolean decode(short[] wide) {
        if (!awake && !activity.audible()) {
            preRoll.add(wide);
            if (preRoll.size() > PRE_ROLL_FRAMES) {
                preRoll.poll();
            }
            return false;
        }
        if (!awake) {
            awake = true;
            while (!preRoll.isEmpty()) {
                feed(preRoll.poll());
            }
        }
        feed(wide);
        return true;
    }

    private void feed(short[] wide) {
        if (stream.accept(wide)) {
            heardParts.add(stream.result());
        }
    }

    /** The line has gone quiet after the turn: what the recognizer still holds is heard, then it rests. */
    private void sleep() {
        awake = false;
        if (!stream.partial().isBlank()) {
            endUtterance();
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
        awake = false;
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
