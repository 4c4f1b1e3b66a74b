package city.civic.voice.speech;

import city.civic.voice.speech.dsp.Decimator;
import city.civic.voice.speech.mary.MarySpeechSynthesizer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * MaryTTS speech brought down to the telephone's rate through a real low-pass filter, with the
 * sentences said often (menus, reprompts, the greeting) cached per rate.
 */
public final class TelephoneVoice implements SpeechSynthesizer {

    private final MarySpeechSynthesizer mary;
    private final Cache<Key, short[]> said;

    public TelephoneVoice(MarySpeechSynthesizer mary, int cachedSentences) {
        this.mary = mary;
        this.said = Caffeine.newBuilder().maximumSize(cachedSentences).build();
    }

    /** A voice of its own (MaryTTS starts once per JVM, in a few seconds), e.g. for a benchmark's callers. */
    public static TelephoneVoice start(int cachedSentences) {
        return new TelephoneVoice(new MarySpeechSynthesizer(0), cachedSentences);
    }

    @Override
    public short[] speak(String sentence, int sampleRate) {
        if (sentence == null || sentence.isBlank()) {
            return new short[0];
        }
        return said.get(new Key(sentence.strip(), sampleRate), key -> {
            short[] studio = mary.synthesize(key.sentence());
            return Decimator.of(mary.sampleRate(), key.sampleRate()).convert(studio);
        }).clone();
    }

    private record Key(String sentence, int sampleRate) {
    }
}
