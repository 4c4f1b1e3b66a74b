package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.dialog.AnswerWentLive;
import city.civic.dialog.Language;
import city.civic.dialog.LiveAnswers;
import city.civic.voice.speech.SpeechSynthesizer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AnswerVoicingTests {

    final List<StoredAnswer> stored = new CopyOnWriteArrayList<>(List.of(
            answer("faq.hours", Language.EN, "Open on weekdays. Closed on holidays.", true),
            answer("faq.hours", Language.KO, "평일에 엽니다.", true),
            answer("faq.draft", Language.EN, "Not yet reviewed.", false)));
    final List<String> said = new CopyOnWriteArrayList<>();
    final SpeechSynthesizer voice = (sentence, rate) -> {
        said.add(sentence);
        return new short[rate / 10];
    };

    @Test
    void thePublishedAnswersInTheLinesLanguageAreSynthesizedPhraseByPhrase() {
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), voice, Language.EN, () -> 0, 1)) {
            voicing.voiceAllPublished();

            await().atMost(Duration.ofSeconds(5)).until(() -> said.size() == 2);
            assertThat(said).containsExactly("Open on weekdays.", "Closed on holidays.");
        }
    }

    @Test
    void aNewlyPublishedAnswerIsSynthesizedToo() {
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), voice, Language.EN, () -> 0, 1)) {
            voicing.on(new AnswerWentLive("faq.parking", Language.EN, "Parking is free after 18:00."));
            voicing.on(new AnswerWentLive("faq.hours", Language.KO, "평일에 엽니다."));

            await().atMost(Duration.ofSeconds(5)).until(() -> !said.isEmpty());
            assertThat(said).containsExactly("Parking is free after 18:00.");
        }
    }

    @Test
    void itWaitsWhileCallsAreInProgress() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger(1);
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), voice, Language.EN, calls::get, 1)) {
            voicing.voiceAllPublished();
            Thread.sleep(700);
            assertThat(said).isEmpty();

            calls.set(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> said.size() == 2);
        }
    }

    @Test
    void answersAreVoicedAsManyAtOnceAsThereAreWorkers() {
        stored.clear();
        stored.add(answer("faq.hours", Language.EN, "Open on weekdays.", true));
        stored.add(answer("faq.parking", Language.EN, "Parking is free after 18:00.", true));
        java.util.concurrent.CyclicBarrier bothAtOnce = new java.util.concurrent.CyclicBarrier(2);
        SpeechSynthesizer meeting = (sentence, rate) -> {
            try {
                bothAtOnce.await(5, java.util.concurrent.TimeUnit.SECONDS);
                said.add(sentence);
            } catch (Exception e) {
                said.add("alone: " + sentence);
            }
            return new short[rate / 10];
        };
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), meeting, Language.EN, () -> 0, 2)) {
            voicing.voiceAllPublished();

            await().atMost(Duration.ofSeconds(10)).until(() -> said.size() == 2);
            assertThat(said).containsExactlyInAnyOrder("Open on weekdays.", "Parking is free after 18:00.");
        }
    }

    /** The engine's published answers, from the stored ones. */
    private LiveAnswers answers() {
        return language -> stored.stream()
                .filter(a -> a.published() && a.language() == language).map(StoredAnswer::text).toList();
    }

    record StoredAnswer(String id, Language language, String text, boolean published) {
    }

    private static StoredAnswer answer(String id, Language language, String text, boolean published) {
        return new StoredAnswer(id, language, text, published);
    }
}
