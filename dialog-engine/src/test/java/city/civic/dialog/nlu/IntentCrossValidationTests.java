package city.civic.dialog.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-validation with the real embedding model on a few examples per intent. */
class IntentCrossValidationTests {

    static ExecutorService threads;
    static IntentCrossValidation validation;
    static final List<IntentExample> EXAMPLES = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        threads = Executors.newFixedThreadPool(2);
        validation = new IntentCrossValidation(new MiniLmTextEmbedder(threads, 1000), 3, 0.6, threads);
        IntentClassifierTests.add(EXAMPLES, "streetlight.report", "the streetlight is out", "street lamp not working",
                "a lamp post is flickering all night", "the street light by the school is dark", "no light in the alley",
                "the lamp outside my house is broken");
        IntentClassifierTests.add(EXAMPLES, "parking.report", "a car is parked on the sidewalk",
                "someone parked in front of my gate", "truck blocking the fire lane", "a van parked on the crosswalk",
                "cars parked in the bus stop", "illegal parking near the market");
        IntentClassifierTests.add(EXAMPLES, "oos", "tell me a joke", "what is the meaning of life",
                "book me a flight to Paris", "sing me a song", "who won the football game", "recommend a movie");
    }

    @AfterAll
    static void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void foldsShareEachIntentsExamplesEvenly() {
        int[] fold = validation.stratifiedFolds(EXAMPLES);

        for (String intent : List.of("streetlight.report", "parking.report", "oos")) {
            int[] perFold = new int[3];
            for (int i = 0; i < EXAMPLES.size(); i++) {
                if (EXAMPLES.get(i).intent().equals(intent)) {
                    perFold[fold[i]]++;
                }
            }
            assertThat(perFold).containsOnly(2);
        }
    }

    @Test
    void choosesAThresholdWhoseCrossValidatedRecallIsEnoughWhenOneIs() {
        IntentCrossValidation.Choice choice = validation.choose(EXAMPLES, List.of(IntentClassifier.Settings.DEFAULT));

        assertThat(choice.settings()).isEqualTo(IntentClassifier.Settings.DEFAULT);
        assertThat(choice.crossValidated().n()).isEqualTo(EXAMPLES.size());
        assertThat(choice.crossValidated().oosRecall()).isGreaterThanOrEqualTo(0.6);
        assertThat(IntentCrossValidation.THRESHOLDS).contains(choice.threshold());
    }
}
