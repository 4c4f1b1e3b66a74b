package city.civic.knowledge;

import static city.civic.knowledge.AnswerStatus.ARCHIVED;
import static city.civic.knowledge.AnswerStatus.DRAFT;
import static city.civic.knowledge.AnswerStatus.PUBLISHED;
import static city.civic.knowledge.AnswerStatus.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerStatusTests {

    @Test
    void onlyAReviewedAnswerIsPublished() {
        assertThat(REVIEW.canMoveTo(PUBLISHED)).isTrue();
        assertThat(DRAFT.canMoveTo(PUBLISHED)).isFalse();
        assertThat(ARCHIVED.canMoveTo(PUBLISHED)).isFalse();
    }

    @Test
    void draftsGoToReviewAndBack() {
        assertThat(DRAFT.canMoveTo(REVIEW)).isTrue();
        assertThat(REVIEW.canMoveTo(DRAFT)).isTrue();
        assertThat(PUBLISHED.canMoveTo(DRAFT)).isFalse();
    }

    @Test
    void anythingServedOrPendingMayBeArchivedAndArchivedIsReopenedAsADraft() {
        assertThat(DRAFT.canMoveTo(ARCHIVED)).isTrue();
        assertThat(REVIEW.canMoveTo(ARCHIVED)).isTrue();
        assertThat(PUBLISHED.canMoveTo(ARCHIVED)).isTrue();
        assertThat(ARCHIVED.canMoveTo(DRAFT)).isTrue();
    }

    @Test
    void stayingPutIsNotAMove() {
        for (AnswerStatus status : AnswerStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }
}
