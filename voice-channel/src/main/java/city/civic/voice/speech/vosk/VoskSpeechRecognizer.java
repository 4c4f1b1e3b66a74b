package city.civic.voice.speech.vosk;

import city.civic.voice.speech.RecognitionStream;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.Transcription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vosk (Kaldi) recognition: one shared {@link Model}, one {@link Recognizer} per stream. The model
 * accepts 16 kHz only; a recognizer opened at another rate decodes nothing and says so only in its log,
 * so {@link #selfTest} decodes a known recording at start-up and fails loudly instead.
 *
 * <p>Results carry word posteriors ({@code setWords}); Vosk 0.3.45 gives either those or an n-best list
 * with unnormalised lattice scores, not both, and the confidence is what the dialog needs.
 */
public final class VoskSpeechRecognizer implements SpeechRecognizer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VoskSpeechRecognizer.class);
    private static final String UNKNOWN = "[unk]";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Model model;

    private VoskSpeechRecognizer(Model model) {
        this.model = model;
    }

    /** Loads the model directory (about 0.5 s and 125 MB for the small English model). */
    public static VoskSpeechRecognizer load(Path modelDirectory) throws IOException {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        long started = System.nanoTime();
        Model model = new Model(modelDirectory.toString());
        log.info("vosk.model-loaded path={} ms={}", modelDirectory, (System.nanoTime() - started) / 1_000_000);
        return new VoskSpeechRecognizer(model);
    }

    @Override
    public RecognitionStream open() {
        return stream(() -> new Recognizer(model, SAMPLE_RATE), false);
    }

    @Override
    public boolean knows(String word) {
        return FindWord.FUNCTION.invokeInt(new Object[] {model.getPointer(), word}) >= 0;
    }

    /**
     * {@code vosk_model_find_word} is in libvosk but not in the Java binding's declarations. Looked up
     * with the options {@link LibVosk} registered with, so JNA hands back the library already loaded.
     */
    private static final class FindWord {
        static final Function FUNCTION = NativeLibrary.getInstance("vosk",
                Map.of(Library.OPTION_CLASSLOADER, LibVosk.class.getClassLoader()))
                .getFunction("vosk_model_find_word");
    }

    @Override
    public RecognitionStream open(Collection<String> phrases) {
        List<String> grammar = new ArrayList<>(new LinkedHashSet<>(phrases.stream()
                .map(p -> p.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty())
                .toList()));
        grammar.add(UNKNOWN);
        String json = JSON.writeValueAsString(grammar);
        return stream(() -> new Recognizer(model, SAMPLE_RATE, json), true);
    }

    private static RecognitionStream stream(RecognizerFactory factory, boolean grammar) {
        try {
            return new VoskStream(factory.create(), grammar);
        } catch (IOException e) {
            throw new UncheckedIOException("Vosk could not create a recognizer", e);
        }
    }

    @FunctionalInterface
    private interface RecognizerFactory {
        Recognizer create() throws IOException;
    }

    /**
     * Decodes {@code sample} (16 kHz) and checks that every one of {@code expectedWords} was heard.
     *
     * @throws IllegalStateException when the model hears nothing or something else: a wrong model,
     *     a wrong sample rate, a broken native library
     */
    public void selfTest(short[] sample, Collection<String> expectedWords) {
        Transcription heard = recognize(sample);
        List<String> missing = expectedWords.stream().filter(w -> !heard.text().contains(w)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Vosk self-test failed: heard \"" + heard.text() + "\" in the "
                    + "start-up recording, missing " + missing + ". Check the model (it must be a 16 kHz model) "
                    + "and civic.voice.speech.model-path.");
        }
        log.info("vosk.self-test passed heard=\"{}\" confidence={}", heard.text(),
                String.format(Locale.ROOT, "%.2f", heard.confidence()));
    }

    @Override
    public void close() {
        model.close();
    }

    /** @param grammar whether the text comes from a grammar: then a word outside it voids the whole */
    static Transcription parse(String json, boolean grammar) {
        JsonNode result = JSON.readTree(json);
        List<Transcription.Word> words = new ArrayList<>();
        double sum = 0;
        for (JsonNode word : result.path("result")) {
            String text = word.path("word").asString("");
            if (UNKNOWN.equals(text) && grammar) {
                return Transcription.NOTHING;
            }
            if (text.isEmpty() || UNKNOWN.equals(text)) {
                continue;
            }
            double confidence = word.path("conf").asDouble(0);
            words.add(new Transcription.Word(text, confidence));
            sum += confidence;
        }
        String text = result.path("text").asString("").replace(UNKNOWN, " ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Transcription.NOTHING;
        }
        return new Transcription(text, words.isEmpty() ? 0 : sum / words.size(), words);
    }

    private static final class VoskStream implements RecognitionStream {

        private final Recognizer recognizer;
        private final boolean grammar;
        private boolean closed;

        VoskStream(Recognizer recognizer, boolean grammar) {
            this.recognizer = recognizer;
            this.grammar = grammar;
            recognizer.setWords(true);
        }

        @Override
        public boolean accept(short[] samples16k) {
            return samples16k.length > 0 && recognizer.acceptWaveForm(samples16k, samples16k.length);
        }

        @Override
        public String partial() {
            String partial = JSON.readTree(recognizer.getPartialResult()).path("partial").asString("");
            return partial.replace(UNKNOWN, " ").strip();
        }

        @Override
        public Transcription result() {
            return parse(recognizer.getResult(), grammar);
        }

        @Override
        public Transcription finish() {
            return parse(recognizer.getFinalResult(), grammar);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                recognizer.close();
            }
        }
    }
}
