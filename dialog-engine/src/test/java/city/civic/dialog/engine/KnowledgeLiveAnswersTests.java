package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.AnswerWentLive;
import city.civic.dialog.Language;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeLiveAnswersTests {

    final List<Answer> stored = List.of(
            answer("faq.hours", "en", "Open on weekdays.", AnswerStatus.PUBLISHED),
            answer("faq.hours", "ko", "평일에 엽니다.", AnswerStatus.PUBLISHED),
            answer("faq.draft", "en", "Not yet reviewed.", AnswerStatus.DRAFT));
    final List<Object> published = new ArrayList<>();
    final KnowledgeLiveAnswers live = new KnowledgeLiveAnswers(answers(), published::add);

    @Test
    void theTextsAreThePublishedAnswersInTheLanguage() {
        assertThat(live.texts(Language.EN)).containsExactly("Open on weekdays.");
        assertThat(live.texts(Language.KO)).containsExactly("평일에 엽니다.");
    }

    @Test
    void aPublicationIsPassedOnWithItsText() {
        live.on(new AnswerPublished("faq.hours", "ko"));
        live.on(new AnswerPublished("faq.unknown", "en"));

        assertThat(published).containsExactly(new AnswerWentLive("faq.hours", Language.KO, "평일에 엽니다."));
    }

    private Answers answers() {
        return new Answers() {
            @Override
            public List<Answer> all() {
                return stored;
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
