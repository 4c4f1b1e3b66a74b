package city.civic.backoffice.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.citypack.CityPackFiles;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import city.civic.knowledge.unanswered.QuestionFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measurement behind the grouping thresholds, on the city pack: each FAQ's question and paraphrases form
 * a group; every phrasing in turn is taken out and asked, and should join its own group (the centroid of the
 * others); the pack's out-of-scope examples are unrelated questions and should join none. The threshold is
 * the lowest at which no unrelated question joins; the figures it gives are in {@link QuestionFeatures}.
 */
class GroupingThresholdTests {

    static final double[] SWEEP = {0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75};

    static ExecutorService threads;
    static QuestionFeatures features;
    static CityPackFiles pack;

    record Outcome(double threshold, double joinedRight, double joinedWrong, double unrelatedJoined) {
        double precision() {
            return joinedRight + joinedWrong == 0 ? 1 : joinedRight / (joinedRight + joinedWrong);
        }
    }

    @BeforeAll
    static void model() {
        threads = Executors.newFixedThreadPool(2);
        features = new QuestionFeatures(new MiniLmTextEmbedder(threads, 5_000));
        pack = new CityPackFiles(new DefaultResourceLoader(), JsonMapper.builder().build(), "classpath:citypack/sample/");
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theThresholdIsTheLowestAtWhichNoUnrelatedQuestionJoinsAGroup(String lang) {
        List<List<float[]>> groups = new ArrayList<>();
        for (CityPackFiles.Faq faq : pack.faqs()) {
            CityPackFiles.FaqText text = "ko".equals(lang) ? faq.ko() : faq.en();
            List<float[]> phrasings = new ArrayList<>();
            phrasings.add(features.of(lang, text.question()));
            text.alternatives().forEach(a -> phrasings.add(features.of(lang, a)));
            groups.add(phrasings);
        }
        List<float[]> unrelated = pack.intentExamples(lang).stream().filter(e -> e.intent().equals("oos"))
                .map(e -> features.of(lang, e.text())).toList();

        List<Outcome> outcomes = new ArrayList<>();
        for (double threshold : SWEEP) {
            outcomes.add(outcome(groups, unrelated, threshold));
        }
        outcomes.forEach(o -> System.out.printf(Locale.ROOT,
                "%s threshold %.2f: joined right %.3f, joined wrong %.3f (precision %.3f), unrelated joined %.3f%n",
                lang, o.threshold(), o.joinedRight(), o.joinedWrong(), o.precision(), o.unrelatedJoined()));

        Outcome chosen = outcomes.stream().filter(o -> o.threshold() == QuestionFeatures.threshold(lang)).findFirst()
                .orElseThrow();
        double lowestWithoutUnrelated = outcomes.stream().filter(o -> o.unrelatedJoined() == 0)
                .mapToDouble(Outcome::threshold).min().orElseThrow();
        assertThat(chosen.threshold()).isEqualTo(lowestWithoutUnrelated);
        assertThat(chosen.precision()).isGreaterThan(0.85);
        assertThat(chosen.joinedRight()).isGreaterThan("en".equals(lang) ? 0.5 : 0.2);
    }

    /** Each phrasing taken out of its group and matched against every group's centroid. */
    private static Outcome outcome(List<List<float[]>> groups, List<float[]> unrelated, double threshold) {
        List<float[]> sums = groups.stream().map(GroupingThresholdTests::sum).toList();
        int right = 0;
        int wrong = 0;
        int asked = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (float[] phrasing : groups.get(g)) {
                asked++;
                int best = -1;
                double bestSimilarity = -1;
                for (int other = 0; other < sums.size(); other++) {
                    float[] centroid = other == g ? minus(sums.get(other), phrasing) : sums.get(other);
                    double similarity = QuestionFeatures.similarity(phrasing, centroid);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = other;
                    }
                }
                if (bestSimilarity >= threshold) {
                    if (best == g) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
        }
        int joined = 0;
        for (float[] question : unrelated) {
            double best = sums.stream().mapToDouble(s -> QuestionFeatures.similarity(question, s)).max().orElse(0);
            joined += best >= threshold ? 1 : 0;
        }
        return new Outcome(threshold, (double) right / asked, (double) wrong / asked, (double) joined / unrelated.size());
    }

    private static float[] sum(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        vectors.forEach(v -> QuestionFeatures.add(sum, v));
        return sum;
    }

    private static float[] minus(float[] sum, float[] vector) {
        float[] rest = sum.clone();
        for (int i = 0; i < rest.length; i++) {
            rest[i] -= vector[i];
        }
        return rest;
    }
}
