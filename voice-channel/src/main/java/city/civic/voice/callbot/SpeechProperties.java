package city.civic.voice.callbot;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Speech models ({@code civic.voice.speech}).
 *
 * @param modelPath a Vosk model directory to use instead of the bundled small English model (a larger
 *     model, or another language's); must be a 16 kHz model
 * @param dataDirectory where the bundled model is copied out of the jar at first start
 * @param selfTest at start-up, synthesize a sentence, pass it through the telephone band and check that
 *     the recognizer hears it; a broken model, native library or sample rate then stops the start
 * @param cachedSentences synthesized phrases kept for reuse (menus, reprompts, greetings, curated answers;
 *     about 16 KB per second of speech)
 * @param answersAhead synthesize the published answers into that cache in the background at start and on
 *     publish, so a caller asking for one hears it without waiting for MaryTTS
 * @param synthesizers MaryTTS systems synthesizing at once (each about 40 MB of heap): callers wait for
 *     each other's novel phrases only when all are busy
 */
@Validated
@ConfigurationProperties("civic.voice.speech")
public record SpeechProperties(
        String modelPath,
        @DefaultValue("data/vosk") String dataDirectory,
        @DefaultValue("true") boolean selfTest,
        @Min(0) @DefaultValue("2000") int cachedSentences,
        @DefaultValue("true") boolean answersAhead,
        @Min(1) @DefaultValue("2") int synthesizers) {
}
