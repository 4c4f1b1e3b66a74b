package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.dialog.Language;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import city.civic.voice.speech.SpeechSynthesizer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AnswerVoicingTests {

    final List<Answer> stored = new CopyOnWriteArrayList<>(List.of(
            answer("faq.hours", "en", "Open on weekdays. Closed on holidays.", AnswerStatus.PUBLISHED),
            answer("faq.hours", "ko", "평일에 엽니다.", AnswerStatus.PUBLISHED),
            answer("faq.draft", "en", "Not yet reviewed.", AnswerStatus.DRAFT)));
    final List<String> said = new CopyOnWriteArrayList<>();
    final SpeechSynthesizer voice = (sentence, rate) -> {
        said.add(sentence);
        return new short[rate / 10];
    };

    @Test
    void thePublishedAnswersInTheLinesLanguageAreSynthesizedPhraseByPhrase() {
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), voice, Language.EN, () -> 0)) {
            voicing.voiceAllPublished();

            await().atMost(Duration.ofSeconds(5)).until(() -> said.size() == 2);
            assertThat(said).containsExactly("Open on weekdays.", "Closed on holidays.");
        }
    }

    @Test
    void aNewlyPublishedAnswerIsSynthesizedToo() {
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), voice, Language.EN, () -> 0)) {
            stored.add(answer("faq.parking", "en", "Parking is free after 18:00.", AnswerStatus.PUBLISHED));

            voicing.on(new AnswerPublished("faq.parking", "en"));
            voicing.on(new AnswerPublished("faq.hours", "ko"));

            await().atMost(Duration.ofSeconds(5)).until(() -> !said.isEmpty());
            assertThat(said).containsExactly("Parking is free after 18:00.");
        }
    }

    @Test
    void itWaitsWhileCallsAreInProgress() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger(1);
        try (AnswerVoicing voicing = new AnswerVoicing(answers(), voice, Language.EN, calls::get)) {
            voicing.voiceAllPublished();
            Thread.sleep(700);
            assertThat(said).isEmpty();

            calls.set(0);
            await().atMost(Duration.ofSeconds(5)).until(() -> said.size() == 2);
        }
    }

    private Answers answers() {
        return new Answers() {
            @Override
            public List<Answer> all() {
                return List.copyOf(stored);
            }

            @Override
            public Optional<Answer> find(String id, String lang) {
                return stored.stream().filter(a -> a.id().equals(id) && a.lang().equals(lang)).findFirst();
            }

            @Override
            public Answer saveDraft(Answer answer) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer submitForReview(String id, String lang) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer publish(String id, String lang) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer archive(String id, String lang) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void importPublished(Answer answer) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Answer answer(String id, String lang, String text, AnswerStatus status) {
        return new Answer(id, lang, "topic", "civil-service", "Question?", List.of(), text, status);
    }
}
