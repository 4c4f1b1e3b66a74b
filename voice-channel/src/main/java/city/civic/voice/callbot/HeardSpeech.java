package city.civic.voice.callbot;

import city.civic.dialog.Expectation;
import city.civic.dialog.PersonalData;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.Transcription;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the caller's words are to the turn loop: noise, a request for the menu, unclear, or a turn to take. */
final class HeardSpeech {

    private static final Logger log = LoggerFactory.getLogger(HeardSpeech.class);

    enum Meaning {
        /** Nothing in it, said over the prompt: the bot keeps talking. */
        NOISE,
        /** Too unsure to stop the prompt for (it may be the bot's own echo), too much to drop: the caller's turn
         * once the prompt is over. */
        AFTER_PROMPT,
        /** "Help", "menu", "what are my options". */
        HELP,
        /** Too unsure to take: the engine hears it as unclear speech. */
        UNCLEAR,
        WORDS
    }

    private final SpeechRecognizer recognizer;
    private final double minConfidence;
    private final Supplier<PlaceGrammar> places;

    HeardSpeech(SpeechRecognizer recognizer, double minConfidence, Supplier<PlaceGrammar> places) {
        this.recognizer = recognizer;
        this.minConfidence = minConfidence;
        this.places = places;
    }

    /** What a grammar heard when it is sure, else the utterance decoded again in full. */
    Transcription decoded(CallEvent.Heard heard) {
        return heard.audio() == null ? heard.transcription()
                : recognizer.surelyOrInFull(heard.transcription(), heard.audio());
    }

    /** @param overPrompt said while the bot's prompt was playing */
    Meaning meaning(Transcription said, boolean overPrompt) {
        if (overPrompt && said.isEmpty()) {
            return Meaning.NOISE;
        }
        if (overPrompt && said.confidence() < minConfidence) {
            return Meaning.AFTER_PROMPT;
        }
        if (SpokenInput.asksForHelp(said.text())) {
            log.info("voice.help confidence={}", rounded(said.confidence()));
            return Meaning.HELP;
        }
        if (said.isEmpty() || said.confidence() < minConfidence) {
            log.info("voice.no-match text=\"{}\" confidence={}", PersonalData.mask(said.text()), said.confidence());
            return Meaning.UNCLEAR;
        }
        log.info("voice.heard confidence={}", rounded(said.confidence()));
        return Meaning.WORDS;
    }

    /** The words as a citizen would have typed them: numbers in digits, a place as the gazetteer writes it. */
    String written(Transcription said, CallState state) {
        String text = SpokenInput.normalize(said.text(), state.collectingNumber());
        return state.awaits(Expectation.PLACE) ? places.get().written(text) : text;
    }

    private static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
