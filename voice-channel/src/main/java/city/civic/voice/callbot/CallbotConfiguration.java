package city.civic.voice.callbot;

import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.LiveAnswers;
import city.civic.voice.calls.Calls;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.SpeechSynthesizer;
import city.civic.voice.speech.TelephoneVoice;
import city.civic.voice.speech.dsp.HalfBandUpsampler;
import city.civic.voice.speech.mary.MaryPool;
import city.civic.voice.speech.vosk.VoskModelFiles;
import city.civic.voice.speech.vosk.VoskSpeechRecognizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The callbot: Vosk and MaryTTS loaded once, checked against each other at start-up, and answering the
 * calls the AudioSocket server brings. On unless {@code civic.voice.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "civic.voice.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({CallbotProperties.class, SpeechProperties.class})
class CallbotConfiguration {

    /** Said at start-up and checked word for word (digits: the words a caller's ticket number needs). */
    static final String SELF_TEST_SENTENCE = "Please say one two three four five.";
    static final List<String> SELF_TEST_WORDS = List.of("two", "three", "four", "five");
    /** The city pack's respellings of place words the English model lacks ({@link PlaceGrammar}). */
    static final String SPOKEN_NAMES = "spoken-names.json";

    @Bean(destroyMethod = "close")
    MaryPool maryPool(SpeechProperties properties) {
        return MaryPool.start(properties.synthesizers());
    }

    @Bean
    TelephoneVoice telephoneVoice(MaryPool mary, SpeechProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new TelephoneVoice(mary, properties.cachedSentences(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean(destroyMethod = "close")
    VoskSpeechRecognizer voskSpeechRecognizer(SpeechProperties properties, TelephoneVoice voice) throws IOException {
        Path model = VoskModelFiles.locate(properties.modelPath(), Path.of(properties.dataDirectory()));
        VoskSpeechRecognizer recognizer = VoskSpeechRecognizer.load(model);
        if (properties.selfTest()) {
            try {
                short[] telephone = voice.speak(SELF_TEST_SENTENCE, 8000);
                recognizer.selfTest(new HalfBandUpsampler().process(telephone), SELF_TEST_WORDS);
            } catch (RuntimeException e) {
                recognizer.close();
                throw e;
            }
        }
        return recognizer;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("${civic.voice.speech.answers-ahead:true} and ${civic.voice.speech.cached-sentences:2000} > 0")
    AnswerVoicing answerVoicing(LiveAnswers answers, SpeechSynthesizer voice, Callbot callbot, MaryPool mary) {
        return new AnswerVoicing(answers, voice, Language.EN, callbot::activeCalls, mary.size());
    }

    @Bean(destroyMethod = "close")
    Callbot callbot(Calls calls, Conversations conversations, SpeechRecognizer recognizer, SpeechSynthesizer voice,
            CallbotProperties settings, ObjectProvider<MeterRegistry> meters, CityContent content,
            ResourceLoader resources, @Value("${civic.pack.location:classpath:citypack/sample/}") String pack) {
        // Built at the first call that asks for a place: the gazetteer is seeded after the beans start.
        Supplier<PlaceGrammar> places = SingletonSupplier.of(() -> PlaceGrammar.of(englishPlaceNames(content),
                respellings(resources.getResource(pack + (pack.endsWith("/") ? "" : "/") + SPOKEN_NAMES)),
                recognizer::knows));
        Callbot callbot = new Callbot(calls, conversations, recognizer, voice, settings,
                meters.getIfAvailable(SimpleMeterRegistry::new), places);
        callbot.warmUp(Language.EN, 8000);
        return callbot;
    }

    static List<String> englishPlaceNames(CityContent content) {
        List<String> names = new ArrayList<>();
        for (Place place : content.places()) {
            names.add(place.name().en());
            names.addAll(place.aliases().en());
        }
        return names;
    }

    /** {@code {"en": {"docheok": ["doe chuck", ...]}}}; none when the pack has no such file. */
    static Map<String, List<String>> respellings(Resource file) {
        if (!file.exists()) {
            return Map.of();
        }
        try (InputStream in = file.getInputStream()) {
            JsonNode english = JsonMapper.builder().build().readTree(in).path("en");
            Map<String, List<String>> respellings = new LinkedHashMap<>();
            english.properties().forEach(word -> respellings.put(word.getKey(),
                    word.getValue().valueStream().map(JsonNode::asString).toList()));
            return respellings;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getDescription(), e);
        }
    }
}
