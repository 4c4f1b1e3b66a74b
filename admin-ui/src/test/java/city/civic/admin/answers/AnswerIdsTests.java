package city.civic.admin.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerIdsTests {

    @Test
    void anIdFromTheQuestionsWords() {
        assertThat(AnswerIds.newId("Can I borrow a telescope?", id -> false)).isEqualTo("faq.can-i-borrow-a-telescope");
    }

    @Test
    void aTakenIdGetsANumber() {
        Set<String> taken = Set.of("faq.parking", "faq.parking-2");
        assertThat(AnswerIds.newId("Parking!", taken::contains)).isEqualTo("faq.parking-3");
    }

    @Test
    void aKoreanQuestionGetsAShortRandomId() {
        assertThat(AnswerIds.newId("망원경을 빌릴 수 있나요?", id -> false)).matches("faq\\.[0-9a-f]{8}");
    }

    @Test
    void longQuestionsAreCutAtAWord() {
        String id = AnswerIds.newId("How do I apply for the resident parking permit near the new municipal"
                + " sports complex and the library?", id2 -> false);
        assertThat(id.length()).isLessThanOrEqualTo(64);
        assertThat(id).doesNotEndWith("-");
    }
}
