package city.civic.voice.speech;

import city.civic.voice.speech.dsp.Decimator;
import city.civic.voice.speech.mary.MaryPool;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * MaryTTS speech brought down to the telephone's rate through a real low-pass filter, with what is
 * said often (menus, reprompts, the greeting, curated answers) cached per rate. The one cache of
 * synthesized speech: at the telephone's rate it takes a sixth of the studio rate's memory.
 */
@NamedInterface("speech")
public final class TelephoneVoice implements SpeechSynthesizer {

    private final Function<String, short[]> studio;
    private final int studioRate;
    private final Cache<Key, short[]> said;

    public TelephoneVoice(MaryPool mary, int cachedSentences) {
        this(mary::synthesize, mary.sampleRate(), cachedSentences);
    }

    /** Times each synthesis, cache misses only, in {@code civic_voice_synthesis_seconds}. */
    public TelephoneVoice(MaryPool mary, int cachedSentences, MeterRegistry meters) {
        this(timed(mary::synthesize, meters), mary.sampleRate(), cachedSentences);
    }

    TelephoneVoice(Function<String, short[]> studio, int studioRate, int cachedSentences) {
        this.studio = studio;
        this.studioRate = studioRate;
        this.said = Caffeine.newBuilder().maximumSize(cachedSentences).build();
    }

    /** A voice of its own (MaryTTS starts once per JVM, in a few seconds), e.g. for a benchmark's callers. */
    public static TelephoneVoice start(int cachedSentences) {
        return new TelephoneVoice(MaryPool.start(1), cachedSentences);
    }

    @Override
    public short[] speak(String sentence, int sampleRate) {
        if (sentence == null || sentence.isBlank()) {
            return new short[0];
        }
        short[] samples = said.get(new Key(sentence.strip(), sampleRate), key -> {
            short[] synthesized = studio.apply(key.sentence());
            // a failure is not kept: the next call tries again
            return synthesized.length == 0 ? null : Decimator.of(studioRate, key.sampleRate()).convert(synthesized);
        });
        return samples == null ? new short[0] : samples.clone();
    }

    static Function<String, short[]> timed(Function<String, short[]> studio, MeterRegistry meters) {
        Timer synthesis = Timer.builder("civic.voice.synthesis")
                .description("MaryTTS time per phrase not in the cache").publishPercentileHistogram()
                .register(meters);
        return text -> synthesis.record(() -> studio.apply(text));
    }

    private record Key(String sentence, int sampleRate) {
    }
}
