package city.civic.voice.speech.mary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two real MaryTTS systems in one JVM, started once for the class. */
class MaryPoolTests {

    static MaryPool pool;

    @BeforeAll
    static void start() {
        pool = MaryPool.start(2);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void requestsAtOnceGetWhatEachWouldGetAloneOnEitherSystem() throws Exception {
        List<String> texts = List.of("The 21st of May, at 21 past 9.", "Call 112 on 03/15/2026 before 10:45.",
                "It takes 42 days.", "Open from 9 a.m. to 6 p.m., 1,000 won.");
        List<short[]> alone = texts.stream().map(pool::synthesize).toList();
        ExecutorService calls = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<short[]>> together = texts.stream()
                        .map(text -> calls.submit(() -> pool.synthesize(text))).toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(together.get(i).get()).as(texts.get(i)).isEqualTo(alone.get(i));
                }
            }
        } finally {
            calls.shutdown();
        }
        assertThat(pool.sampleRate()).isEqualTo(48_000);
        assertThat(alone).allSatisfy(samples -> assertThat(samples.length).isGreaterThan(48_000));
    }

    @Test
    void aShortPhraseDoesNotWaitForALongOneOnTheOtherSystem() throws Exception {
        String longText = "The recycling centre takes glass, paper, cans and plastics on weekdays. ".repeat(8);
        CompletableFuture<Long> longDone = CompletableFuture.supplyAsync(() -> {
            pool.synthesize(longText);
            return System.nanoTime();
        });
        Thread.sleep(100);
        pool.synthesize("Yes.");
        long shortDone = System.nanoTime();

        assertThat(shortDone).isLessThan(longDone.get());
    }

    @Test
    void aPoolNeedsAtLeastOneSystem() {
        assertThatThrownBy(() -> MaryPool.start(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void marySystemsAfterTheFirstHaveClassesOfTheirOwn() {
        assertThat(MaryPool.MaryLoader.isolates("marytts.modules.ModuleRegistry")).isTrue();
        assertThat(MaryPool.MaryLoader.isolates(CivicTokeniser.class.getName())).isTrue();
        assertThat(MaryPool.MaryLoader.isolates("com.ibm.icu.text.RuleBasedNumberFormat")).isFalse();
        assertThat(MaryPool.MaryLoader.isolates("org.slf4j.Logger")).isFalse();
    }
}
