package city.civic.voice.speech.mary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import marytts.LocalMaryInterface;
import marytts.MaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import marytts.modules.synthesis.Voice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text to speech with MaryTTS 5.2.1 and its {@code cmu-slt-hsmm} voice (US English, female): 16-bit mono
 * PCM at {@link #sampleRate()} (48 kHz). Meant for one sentence at a time: a reply is cut with
 * {@link #sentences(String)} and each sentence synthesized while the previous one plays.
 *
 * <p>Text never makes it throw: nothing to say (null, blank, only punctuation, control characters or
 * emoji) gives no samples without asking MaryTTS; text over {@value #MAX_TEXT_LENGTH} characters is cut
 * after the last whole sentence that fits (inside an over-long first sentence, after the last whole
 * word) and logged; a MaryTTS failure is logged and gives no samples. Words MaryTTS cannot pronounce
 * with this English voice (Hangul, for one) are left out by MaryTTS itself (it logs an error).
 *
 * <p>MaryTTS is one system per JVM (static module registry; started by the first instance, stopped by
 * its own shutdown hook, never restartable), so this class is meant to be one per JVM too, and
 * {@link #close()} only ends this instance. Thread-safe, but requests to MaryTTS run one at a time,
 * JVM-wide: its 5.2.1 modules keep per-request state in shared instances ({@code Preprocess} switches
 * the rule set of one shared ICU number formatter before each number it spells, and concurrent requests
 * were seen to read "42 days" as "forty second days"; {@code HTSEngine} keeps request data in fields),
 * and every {@link LocalMaryInterface} drives the same module instances. "Per JVM" is per class loader:
 * {@link MaryPool} runs more systems, each in a class loader of its own.
 */
public final class MarySpeechSynthesizer implements AutoCloseable {

    static final int MAX_TEXT_LENGTH = 1000;
    private static final String VOICE = "cmu-slt-hsmm";
    private static final short[] NOTHING = new short[0];
    private static final Lock MARY_REQUESTS = new ReentrantLock();
    private static final Logger log = LoggerFactory.getLogger(MarySpeechSynthesizer.class);

    private final MaryInterface mary;
    private final AudioFormat pcm;
    private volatile boolean closed;

    /**
     * Starts MaryTTS unless it runs already (several seconds).
     *
     * @throws IllegalStateException if MaryTTS or the voice cannot start
     */
    public MarySpeechSynthesizer() {
        try {
            LocalMaryInterface local = new LocalMaryInterface();
            local.setVoice(VOICE);
            this.mary = local;
        } catch (MaryConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("MaryTTS with voice " + VOICE + " did not start", e);
        }
        float sampleRate = Voice.getVoice(VOICE).dbAudioFormat().getSampleRate();
        this.pcm = new AudioFormat(sampleRate, 16, 1, true, false);
    }

    /** Samples per second of what {@link #synthesize(String)} returns: 48000. */
    public int sampleRate() {
        return (int) pcm.getSampleRate();
    }

    /** The reply's sentences in order, as written; none when there is nothing to say. */
    public List<String> sentences(String text) {
        return text == null ? List.of() : SpokenText.sentences(text);
    }

    /**
     * Speech for a sentence or a short text as 16-bit mono samples; empty when there is nothing to say
     * or MaryTTS fails (see the class comment).
     *
     * @throws IllegalStateException once closed
     */
    public short[] synthesize(String text) {
        ensureOpen();
        String sayable = sayable(text);
        if (sayable.isEmpty()) {
            return NOTHING;
        }
        MARY_REQUESTS.lock();
        try {
            return samples(mary.generateAudio(sayable));
        } catch (SynthesisException | IOException | RuntimeException e) {
            log.warn("MaryTTS could not say \"{}\"", sayable, e);
            return NOTHING;
        } finally {
            MARY_REQUESTS.unlock();
        }
    }

    /** Ends this instance; MaryTTS itself stays up until the JVM exits. */
    @Override
    public void close() {
        closed = true;
    }

    /** The text to send to MaryTTS: empty when there is nothing to say, cut when over-long. */
    static String sayable(String text) {
        if (text == null || !SpokenText.hasWords(text)) {
            return "";
        }
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : SpokenText.sentences(text)) {
            String separator = kept.isEmpty() ? "" : " ";
            if (kept.length() + separator.length() + sentence.length() > MAX_TEXT_LENGTH) {
                break;
            }
            kept.append(separator).append(sentence);
        }
        String cut = kept.isEmpty() ? upToLastWord(text.strip()) : kept.toString();
        log.warn("Text of {} characters cut to {} for speech, beginning \"{}\"", text.length(), cut.length(),
                cut.substring(0, Math.min(cut.length(), 60)));
        return cut;
    }

    private static String upToLastWord(String text) {
        int end = MAX_TEXT_LENGTH;
        while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end > 0 ? end : MAX_TEXT_LENGTH);
    }

    private short[] samples(AudioInputStream audio) throws IOException {
        try (AudioInputStream in = audio.getFormat().matches(pcm) ? audio : AudioSystem.getAudioInputStream(pcm, audio)) {
            // read() until -1, not readAllBytes(): MaryTTS's stream answers a zero-length read with -1
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
            short[] samples = new short[bytes.size() / 2];
            ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return samples;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("speech synthesizer closed");
        }
    }
}
