package city.civic.dialog.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trained with the real embedding model on a handful of examples per intent. */
class IntentClassifierTests {

    static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        var examples = new ArrayList<IntentExample>();
        add(examples, "streetlight.report", "the streetlight is out", "street lamp not working on my road",
                "a lamp post is flickering all night", "가로등이 꺼졌어요", "가로등이 깜빡거려요");
        add(examples, "parking.report", "a car is illegally parked on the sidewalk", "someone parked in front of my gate",
                "truck blocking the fire lane", "불법 주차 신고할게요", "인도에 차가 주차되어 있어요");
        add(examples, "greeting", "hello", "hi there", "good morning", "안녕하세요", "안녕");
        add(examples, "oos", "tell me a joke", "what is the meaning of life", "book me a flight to Paris",
                "오늘 로또 번호 알려줘", "노래 불러줘");
        var embedder = new MiniLmTextEmbedder(CachedTextEmbedder.batchThreads(2), 1000);
        classifier = IntentClassifier.train(examples, embedder, 0.25);
    }

    static void add(List<IntentExample> examples, String intent, String... texts) {
        for (String text : texts) {
            examples.add(new IntentExample(text, intent));
        }
    }

    @Test
    void classifiesUnseenPhrasingsInBothLanguages() {
        assertThat(classifier.classify("the street light outside my house is broken").intent())
                .isEqualTo("streetlight.report");
        assertThat(classifier.classify("우리집 앞 가로등이 안 켜져요").intent()).isEqualTo("streetlight.report");
        assertThat(classifier.classify("a van is parked on the pavement").intent()).isEqualTo("parking.report");
    }

    @Test
    void saysOutOfScopeForWhatItWasNotTaught() {
        IntentPrediction prediction = classifier.classify("could you sing me a song about cats");

        assertThat(prediction.outOfScope()).isTrue();
        assertThat(prediction.ranking()).isNotEmpty().noneMatch(c -> c.intent().equals("oos"));
        assertThat(prediction.unreadable()).as("words, only not the city's business").isFalse();
    }

    @Test
    void aStricterThresholdRejectsMore() {
        String vague = "there is something on my street";
        assertThat(classifier.withThreshold(0.99).classify(vague).outOfScope()).isTrue();
    }

    @Test
    void evaluationCountsInScopeErrorsAndFalseFallbacks() {
        var test = List.of(new IntentExample("a", "greeting"), new IntentExample("b", "greeting"),
                new IntentExample("c", "oos"), new IntentExample("d", "oos"));
        var predictions = List.of(prediction("greeting"), prediction("oos"), prediction("oos"), prediction("greeting"));

        IntentEvaluation e = IntentEvaluation.of(test, predictions);

        assertThat(e.inScopeAccuracy()).isEqualTo(0.5);
        assertThat(e.oosRecall()).isEqualTo(0.5);
        assertThat(e.oosPrecision()).isEqualTo(0.5);
        assertThat(e.falseFallbackRate()).isEqualTo(0.5);
    }

    private static IntentPrediction prediction(String intent) {
        return new IntentPrediction(intent, 1, List.of());
    }
}
