package city.civic.voice.callbot;

import city.civic.dialog.ConfirmationWords;
import city.civic.dialog.Expectation;
import city.civic.dialog.Conversations;
import city.civic.dialog.LogReference;
import city.civic.dialog.PersonalData;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import city.civic.voice.audiosocket.CallAudio;
import city.civic.voice.audiosocket.CallOutput;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallOutcome;
import city.civic.voice.calls.Calls;
import city.civic.voice.speech.RecognitionStream;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.SpeechSynthesizer;
import city.civic.voice.speech.Transcription;
import city.civic.voice.speech.dsp.HalfBandUpsampler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One phone call between a caller and the dialog engine.
 *
 * <p>Two threads, each owning its own state. The call's AudioSocket connection thread ({@link CallAudio})
 * feeds the recognizer frame by frame, detects speech, ends the caller's turn and interrupts the bot when
 * the caller talks over it. The call's own thread ({@link #run}) takes the turns: it asks the dialog
 * engine, speaks the replies sentence by sentence, reprompts after silence or a miss, reads the keypad,
 * and transfers the caller to a counsellor instead of ever hanging up on a failure. They talk through
 * {@link #events} one way and a few volatile fields the other.
 */
final class CallSession implements CallAudio, Runnable {

    private static final Logger log = LoggerFactory.getLogger(CallSession.class);
    private static final long POLL_MILLIS = 40;
    /** The dialplan application's rate: used until the caller's first frame tells the line's own. */
    private static final int FRAME_RATE_BEFORE_AUDIO = 8000;
    /** How far synthesis runs ahead of playback: more than a sentence takes to synthesize under load. */
    private static final long SYNTHESIS_LEAD_MILLIS = 2000;
    private static final long FRAME_MILLIS = 20;
    /** Frames of lead-in kept before speech, for re-decoding a grammar miss in full. */
    private static final int LEAD_IN_FRAMES = 25;
    private static final int PARTIAL_CHECK_FRAMES = 3;

    private final Call call;
    private final CallOutput output;
    private final Conversations conversations;
    private final Calls calls;
    private final SpeechRecognizer recognizer;
    private final SpeechSynthesizer voice;
    private final CallbotProperties settings;
    private final VoiceMetrics metrics;
    private final VoicePrompts prompts;
    private final SpokenReplies spoken;
    private final Supplier<PlaceGrammar> places;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    // Set by the call thread, read by the connection thread.
    private volatile Listening listening = new Listening(0, null, false);
    private volatile long speakingSince;
    /** From the first sentence queued until the last one is heard (synthesis can run behind playback). */
    private volatile boolean speaking;
    private volatile boolean bargedIn;
    private final AtomicInteger bargeIns = new AtomicInteger();
    private volatile int lineRate;
    private volatile boolean hungUp;
    /** The line broke (its rate changed): stop talking and hand the caller over. */
    private volatile boolean lineBroken;

    // Connection thread only.
    private final HalfBandUpsampler upsampler = new HalfBandUpsampler();
    private final VoiceActivity activity;
    private final List<Transcription> heardParts = new ArrayList<>();
    private final Deque<short[]> utteranceAudio = new ArrayDeque<>();
    private RecognitionStream stream;
    private int appliedListening = -1;
    private boolean grammarStream;
    private boolean inSpeech;
    private long utteranceMicros;
    private long frames;

    // Call thread only.
    private SpokenPrompt current;
    /** What the bot's last question awaits ({@link Reply#expects}); null for anything. */
    private Expectation expects;
    private long listeningSince;
    private boolean callerTalking;
    private final StringBuilder keyed = new StringBuilder();
    private long lastKeyAt;
    /** When the speech being answered ended, until the answer's first audio is out; 0 otherwise. */
    private long answering;
    /** Words heard over a prompt that did not stop for them: taken as the caller's turn once it ends. */
    private Heard overPrompt;
    private String ticketId;
    private String category;
    private final Deque<String> lastSaid = new ArrayDeque<>();
    private boolean ending;
    private boolean ended;

    CallSession(Call call, CallOutput output, Conversations conversations, Calls calls,
            SpeechRecognizer recognizer, SpeechSynthesizer voice, CallbotProperties settings, VoiceMetrics metrics,
            Supplier<PlaceGrammar> places) {
        this.call = call;
        this.output = output;
        this.conversations = conversations;
        this.calls = calls;
        this.recognizer = recognizer;
        this.voice = voice;
        this.settings = settings;
        this.metrics = metrics;
        this.prompts = new VoicePrompts(call.language());
        this.spoken = new SpokenReplies(prompts);
        this.activity = new VoiceActivity(settings.speechFloorDbfs(), settings.speechMarginDb());
        this.places = places;
    }

    // ---- connection thread ----------------------------------------------------------------------

    @Override
    public void onAudio(short[] samples, int sampleRate) {
        if (lineBroken) {
            return;
        }
        if (lineRate == 0) {
            lineRate = sampleRate;
        } else if (sampleRate != lineRate) {
            lineBroken = true;
            log.warn("voice.rate-changed from={} to={}: ending the leg, caller goes to a counsellor", lineRate,
                    sampleRate);
            events.add(new LineFailed("the line switched from " + lineRate + " Hz to " + sampleRate + " Hz"));
            return;
        }
        frames++;
        switchStreamIfAsked();
        boolean voiced = activity.accept(samples, sampleRate);
        short[] wide = sampleRate == SpeechRecognizer.SAMPLE_RATE ? samples : upsampler.process(samples);
        if (grammarStream) {
            utteranceAudio.add(wide);
        }
        long decoding = System.nanoTime();
        if (stream.accept(wide)) {
            heardParts.add(stream.result());
        }
        metrics.recognized(samples.length * 1_000_000_000L / sampleRate, System.nanoTime() - decoding);
        if (voiced && !inSpeech && activity.speechMillis() >= 60) {
            inSpeech = true;
            utteranceMicros = 0;
            events.add(new SpeechStarted());
        }
        if (inSpeech) {
            utteranceMicros += samples.length * 1_000_000L / sampleRate;
            maybeBargeIn();
            long endSilence = (listening.patient() ? settings.patientEndOfSpeechSilence()
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

    private void maybeBargeIn() {
        if (!speaking || bargedIn || System.nanoTime() - speakingSince < settings.bargeInProtection().toNanos()) {
            return;
        }
        long speech = activity.speechMillis();
        long needed = settings.bargeInSpeech().toMillis();
        boolean words = speech >= needed && frames % PARTIAL_CHECK_FRAMES == 0 && !stream.partial().isBlank();
        if (words || speech >= 2 * needed) {
            interruptBot();
            log.debug("voice.barge-in speech-ms={} words={}", speech, words);
        }
    }

    /** Silences the bot at once; the call thread stops synthesizing what was left of the prompt. */
    private void interruptBot() {
        bargedIn = true;
        output.interrupt();
        bargeIns.incrementAndGet();
        metrics.bargeIn();
    }

    private void endUtterance() {
        heardParts.add(stream.finish());
        Transcription heard = merge(heardParts);
        boolean hadSpeech = activity.voicedMillisInUtterance() >= 100 || !heard.isEmpty();
        short[] audio = grammarStream ? concat(utteranceAudio) : null;
        heardParts.clear();
        utteranceAudio.clear();
        activity.startUtterance();
        inSpeech = false;
        if (hadSpeech) {
            if (speaking && !bargedIn && !heard.isEmpty() && heard.confidence() >= settings.minConfidence()) {
                interruptBot(); // words over the prompt that were too quiet for the barge-in detector
            }
            long speechEnded = System.nanoTime() - activity.silenceMillis() * 1_000_000;
            events.add(new Heard(heard, audio, speechEnded));
        }
    }

    private void switchStreamIfAsked() {
        Listening wanted = listening;
        if (stream != null && wanted.version() == appliedListening) {
            return;
        }
        if (stream != null) {
            stream.close();
        }
        stream = wanted.phrases() == null ? recognizer.open() : recognizer.open(wanted.phrases());
        grammarStream = wanted.phrases() != null;
        appliedListening = wanted.version();
        heardParts.clear();
        utteranceAudio.clear();
    }

    @Override
    public void onDtmf(char digit) {
        if (speaking) {
            bargedIn = true;
            output.interrupt();
            bargeIns.incrementAndGet();
        }
        events.add(new Key(digit));
    }

    @Override
    public void onHangup() {
        hungUp = true;
        if (stream != null) {
            stream.close();
        }
        events.add(new HungUp());
    }

    // ---- call thread ----------------------------------------------------------------------------

    @Override
    public void run() {
        MDC.put("callId", call.botUuid());
        MDC.put("conversation", LogReference.of(call.conversationId()));
        try {
            current = spoken.greeting(call.greeting());
            speak(current.withoutMenu());
            while (!ended) {
                Event event = events.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                try {
                    if (event != null) {
                        handle(event);
                    }
                    tick();
                } catch (RuntimeException e) {
                    log.error("voice.turn-failed: transferring the caller", e);
                    transferQuietly(e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            MDC.clear();
        }
    }

    private void handle(Event event) {
        if (event instanceof HungUp) {
            ended = true;
            log.info("voice.call-ended by={}", ending ? "bot" : "caller");
        } else if (event instanceof LineFailed failed) {
            transferQuietly(failed.reason());
        } else if (event instanceof SpeechStarted) {
            callerTalking = true;
        } else if (event instanceof Heard heard) {
            heard(heard);
        } else if (event instanceof Key key) {
            key(key.digit());
        }
    }

    private void heard(Heard heard) {
        callerTalking = false;
        if (ending) {
            return;
        }
        Transcription said = heard.transcription();
        if (heard.audio() != null) {
            said = recognizer.surelyOrInFull(said, heard.audio());
        }
        boolean interrupted = speaking && output.isPlaying();
        if (interrupted && said.isEmpty()) {
            return; // noise over the prompt: keep talking
        }
        if (interrupted && said.confidence() < settings.minConfidence()) {
            // Too unsure to stop for (it may be our own echo), too much to drop: a short answer said
            // over the prompt is the caller's turn once the prompt is over.
            overPrompt = new Heard(said, null, heard.speechEnded());
            return;
        }
        overPrompt = null;
        if (interrupted) {
            output.interrupt();
            bargeIns.incrementAndGet();
        }
        if (SpokenInput.asksForHelp(said.text()) && current != null) {
            log.info("voice.help confidence={}", Math.round(said.confidence() * 100) / 100.0);
            speak(current.menu(prompts.text("help.intro")));
            return;
        }
        if (said.isEmpty() || said.confidence() < settings.minConfidence()) {
            log.info("voice.no-match text=\"{}\" confidence={}", PersonalData.mask(said.text()), said.confidence());
            metrics.noMatch();
            take(Utterance.notUnderstood(said.confidence()));
            return;
        }
        String text = SpokenInput.normalize(said.text(), collectingNumber());
        if (awaits(Expectation.PLACE)) {
            text = places.get().written(text);
        }
        log.info("voice.heard confidence={} ms-since-speech-ended={}", Math.round(said.confidence() * 100) / 100.0,
                (System.nanoTime() - heard.speechEnded()) / 1_000_000);
        answering = heard.speechEnded();
        take(new Utterance(text, said.confidence(), List.of(), null));
    }

    private void key(char digit) {
        if (ending) {
            return;
        }
        if (collectingNumber()) {
            if (digit == '#') {
                submitKeyed(true);
            } else if (digit == '*') {
                keyed.setLength(0);
                speak(current);
            } else if (Character.isDigit(digit)) {
                keyed.append(digit);
                lastKeyAt = System.nanoTime();
            }
            return;
        }
        if (digit == '*') {
            speak(current);
            return;
        }
        String choice = current == null ? null : current.keys().get(digit);
        if (choice == null) {
            speak(current.after(prompts.text("keys.invalid", String.valueOf(digit))));
            return;
        }
        take(new Utterance(choice, null, List.of(), String.valueOf(digit)));
    }

    private boolean collectingNumber() {
        return awaits(Expectation.TICKET) || awaits(Expectation.CONTACT);
    }

    private boolean awaits(String kind) {
        return expects != null && kind.equals(expects.kind());
    }

    /**
     * While a number is awaited the keypad types it; a single key left alone (no hash) is still a menu
     * choice, so "press 1 to skip" and "press 0 for a counsellor" keep working.
     */
    private void submitKeyed(boolean hash) {
        String digits = keyed.toString();
        keyed.setLength(0);
        String choice = digits.length() == 1 && !hash ? current.keys().get(digits.charAt(0)) : null;
        if (choice != null) {
            take(new Utterance(choice, null, List.of(), digits));
        } else if (digits.isEmpty()) {
            speak(current);
        } else {
            take(new Utterance(SpokenInput.keyed(digits, awaits(Expectation.TICKET)), null, List.of(), digits));
        }
    }

    private void tick() {
        if (ended || ending) {
            if (ending && !output.isPlaying()) {
                output.hangUp();
            }
            return;
        }
        if (speaking && !output.isPlaying()) {
            speaking = false;
            listeningSince = System.nanoTime();
        }
        if (!speaking && overPrompt != null && !callerTalking) {
            Heard pending = overPrompt;
            overPrompt = null;
            heard(pending);
            return;
        }
        if (keyed.length() > 0 && System.nanoTime() - lastKeyAt > settings.keyTimeout().toNanos()) {
            submitKeyed(false);
            return;
        }
        boolean patient = awaits(Expectation.PLACE) || collectingNumber();
        long timeout = (patient ? settings.patientNoInputTimeout() : settings.noInputTimeout()).toNanos();
        if (!speaking && !callerTalking && keyed.length() == 0 && System.nanoTime() - listeningSince > timeout) {
            log.info("voice.no-input");
            metrics.noInput();
            take(Utterance.silence());
        }
    }

    /** One turn through the dialog engine, and what the call does with the answer. */
    private void take(Utterance utterance) {
        overPrompt = null;
        if (!utterance.callEvent()) {
            remember(utterance.text());
        }
        log.debug("voice.said kind={} text=\"{}\" keys={}", utterance.kind(), PersonalData.mask(utterance.text()),
                utterance.dtmf());
        List<Reply> replies = conversations.handle(call.conversationId(), utterance);
        MDC.put("conversation", LogReference.of(call.conversationId()));
        listeningSince = System.nanoTime();
        if (replies.isEmpty()) {
            return; // a counsellor has the conversation
        }
        if (utterance.callEvent() && replies.stream().noneMatch(Reply::handoff)) {
            // Asked again: the engine's words, then the question and the menu the caller did not answer.
            speak(current.after(spoken.render(replies).withoutMenu().sentences()));
            return;
        }
        expects = replies.get(replies.size() - 1).expects();
        for (Reply reply : replies) {
            if (reply.ticket() != null) {
                ticketId = reply.ticket().id();
                category = reply.intent();
            }
        }
        Reply last = replies.get(replies.size() - 1);
        SpokenPrompt prompt = spoken.render(replies);
        log.info("voice.turn intent={} expects={} handoff={} ticket={}", last.intent(),
                expects == null ? null : expects.kind(), replies.stream().anyMatch(Reply::handoff), ticketId);
        if (replies.stream().anyMatch(Reply::handoff)) {
            speakAndTransfer(prompt, List.of());
        } else if (replies.stream().anyMatch(Reply::urgent)) {
            category = last.intent();
            speakAndTransfer(prompt, List.of(prompts.text("transfer.emergency")));
        } else if (last.closesConversation()) {
            speak(prompt.withoutMenu());
            endWith(CallOutcome.hangup(call.conversationId()));
        } else if (expects == null && !asks(replies)) {
            listenFor(replies);
            current = spoken.answer(replies);
            speak(current.withoutMenu());
        } else {
            listenFor(replies);
            speak(withKeypadHint(prompt));
        }
    }

    /** A reply that ends on a question offers its choices: the menu goes with it. */
    private static boolean asks(List<Reply> replies) {
        return replies.get(replies.size() - 1).text().strip().endsWith("?");
    }

    private void listenFor(List<Reply> replies) {
        List<String> phrases = null;
        if (awaits(Expectation.CONFIRM)) {
            Set<String> grammar = new LinkedHashSet<>(expects.choices());
            grammar.addAll(ConfirmationWords.yes(call.language()));
            grammar.addAll(ConfirmationWords.no(call.language()));
            phrases = List.copyOf(grammar);
        } else if (awaits(Expectation.PLACE)) {
            phrases = places.get().phrases();
        } else if (awaits(Expectation.TICKET)) {
            phrases = SpokenInput.ticketWords();
        }
        boolean patient = awaits(Expectation.PLACE) || collectingNumber();
        Listening now = listening;
        if (patient != now.patient() || (phrases == null) != (now.phrases() == null)
                || (phrases != null && !phrases.equals(now.phrases()))) {
            listening = new Listening(now.version() + 1, phrases, patient);
        }
    }

    private void speakAndTransfer(SpokenPrompt prompt, List<String> more) {
        List<String> sentences = new ArrayList<>(prompt.withoutMenu().sentences());
        sentences.addAll(more);
        speak(SpokenPrompt.saying(sentences));
        endWith(queueOutcome());
    }

    private void transferQuietly(String reason) {
        log.warn("voice.transfer reason={}", reason);
        endWith(queueOutcome());
        output.interrupt();
    }

    private CallOutcome queueOutcome() {
        metrics.transfer();
        return CallOutcome.queue(settings.queue(), ticketId, category,
                PersonalData.mask(String.join(" / ", lastSaid)), call.conversationId());
    }

    /** Decides where the call goes; the leg ends once the last words are out (see {@link #tick}). */
    private void endWith(CallOutcome outcome) {
        calls.decide(call.botUuid(), outcome);
        ending = true;
        log.info("voice.call-decided route={} queue={} ticket={}", outcome.route(), outcome.queue(), outcome.ticketId());
    }

    private void speak(SpokenPrompt prompt) {
        if (prompt == null) {
            return;
        }
        if (!prompt.keys().isEmpty()) {
            current = prompt;
        }
        int bargeInsBefore = bargeIns.get();
        speakingSince = System.nanoTime();
        bargedIn = false;
        speaking = true;
        for (String sentence : prompt.sentences()) {
            awaitPlaybackWithin(SYNTHESIS_LEAD_MILLIS, bargeInsBefore);
            if (bargeIns.get() != bargeInsBefore || hungUp || lineBroken) {
                return;
            }
            int rate = lineRate == 0 ? FRAME_RATE_BEFORE_AUDIO : lineRate;
            short[] audio = voice.speak(sentence, rate);
            if (bargeIns.get() != bargeInsBefore) {
                return; // interrupted while this sentence was being synthesized
            }
            if (audio.length > 0) {
                output.play(audio, rate);
                if (answering != 0) {
                    metrics.responded(System.nanoTime() - answering);
                    answering = 0;
                }
            }
        }
    }

    /**
     * Synthesizes only a little ahead of what the caller hears: MaryTTS serves every call one request at
     * a time, and what a caller interrupts need not be synthesized at all.
     */
    private void awaitPlaybackWithin(long millis, int bargeInsBefore) {
        while (output.queuedMillis() > millis && bargeIns.get() == bargeInsBefore && !hungUp && !lineBroken) {
            try {
                Thread.sleep(FRAME_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private SpokenPrompt withKeypadHint(SpokenPrompt prompt) {
        if (!collectingNumber()) {
            return prompt;
        }
        return prompt.withMenuNote(prompts.text(awaits(Expectation.TICKET) ? "keys.ticket" : "keys.contact"));
    }

    private void remember(String said) {
        lastSaid.addLast(said);
        while (lastSaid.size() > 3) {
            lastSaid.removeFirst();
        }
    }

    private static Transcription merge(List<Transcription> parts) {
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

    /** What the call thread wants heard: a grammar or the whole vocabulary, and how long to wait. */
    private record Listening(int version, List<String> phrases, boolean patient) {
    }

    private sealed interface Event permits Heard, SpeechStarted, Key, HungUp, LineFailed {
    }

    /** @param speechEnded when the caller stopped talking ({@link System#nanoTime()}) */
    private record Heard(Transcription transcription, short[] audio, long speechEnded) implements Event {
    }

    private record SpeechStarted() implements Event {
    }

    private record Key(char digit) implements Event {
    }

    private record HungUp() implements Event {
    }

    private record LineFailed(String reason) implements Event {
    }
}
