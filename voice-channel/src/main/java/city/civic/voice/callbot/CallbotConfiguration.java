package city.civic.voice.callbot;

import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.knowledge.Answers;
import city.civic.voice.calls.Calls;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.SpeechSynthesizer;
import city.civic.voice.speech.TelephoneVoice;
import city.civic.voice.speech.dsp.HalfBandUpsampler;
import city.civic.voice.speech.mary.MarySpeechSynthesizer;
import city.civic.voice.speech.vosk.VoskModelFiles;
import city.civic.voice.speech.vosk.VoskSpeechRecognizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
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

    @Bean(destroyMethod = "close")
    MarySpeechSynthesizer marySpeechSynthesizer() {
        return new MarySpeechSynthesizer();
    }

    @Bean
    TelephoneVoice telephoneVoice(MarySpeechSynthesizer mary, SpeechProperties properties) {
        return new TelephoneVoice(mary, properties.cachedSentences());
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
    AnswerVoicing answerVoicing(Answers answers, SpeechSynthesizer voice, Callbot callbot) {
        return new AnswerVoicing(answers, voice, Language.EN, callbot::activeCalls);
    }

    @Bean(destroyMethod = "close")
    Callbot callbot(Calls calls, Conversations conversations, SpeechRecognizer recognizer, SpeechSynthesizer voice,
            CallbotProperties settings, ObjectProvider<MeterRegistry> meters) {
        Callbot callbot = new Callbot(calls, conversations, recognizer, voice, settings,
                meters.getIfAvailable(SimpleMeterRegistry::new));
        callbot.warmUp(Language.EN, 8000);
        return callbot;
    }
}
