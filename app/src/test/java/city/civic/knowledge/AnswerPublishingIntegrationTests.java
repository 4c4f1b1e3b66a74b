package city.civic.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Officials' workflow against the real database and index: a published answer is live at once. */
@IntegrationTest
class AnswerPublishingIntegrationTests {

    @Autowired
    Answers answers;

    @Autowired
    KnowledgeSearch knowledge;

    static final String QUESTION = "Where can I borrow a telescope for the night-sky festival?";

    @Test
    void aDraftIsNotSearchableUntilPublishedThenItIsWithoutARestart() {
        assertThat(knowledge.bestConfident(QUESTION, "en")).isEmpty();

        answers.saveDraft(new Answer("faq.telescope-lending", "en", "culture", "culture-sports",
                "Can I borrow a telescope for the night-sky festival?",
                List.of("Where do I rent a telescope for stargazing?"),
                "The central library lends telescopes for the night-sky festival; reserve one online.",
                AnswerStatus.DRAFT));
        answers.submitForReview("faq.telescope-lending", "en");
        assertThat(knowledge.bestConfident(QUESTION, "en")).isEmpty();

        answers.publish("faq.telescope-lending", "en");

        assertThat(knowledge.bestConfident(QUESTION, "en")).hasValueSatisfying(hit -> {
            assertThat(hit.answerId()).isEqualTo("faq.telescope-lending");
            assertThat(hit.department()).isEqualTo("culture-sports");
        });

        answers.archive("faq.telescope-lending", "en");
        assertThat(knowledge.search(QUESTION, "en", 5)).noneMatch(h -> h.answerId().equals("faq.telescope-lending"));
    }

    @Test
    void theSeededPackIsIndexedInBothLanguages() {
        assertThat(answers.all()).hasSizeGreaterThanOrEqualTo(120)
                .allSatisfy(answer -> assertThat(answer.department()).isNotBlank());
        assertThat(knowledge.bestConfident("음식물 쓰레기는 어떻게 버려요?", "ko")).isPresent();
    }
}
