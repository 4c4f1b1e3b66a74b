package city.civic.admin.answers;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.admin.StaffRole;
import city.civic.admin.web.Staff;
import city.civic.knowledge.AnswerStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AnswerRolesTests {

    final Staff official = new Staff("kim", EnumSet.of(StaffRole.OFFICIAL));
    final Staff reviewer = new Staff("park", EnumSet.of(StaffRole.REVIEWER));
    final Staff admin = new Staff("root", EnumSet.of(StaffRole.ADMIN));

    @Test
    void officialsSendToReviewButDoNotPublish() {
        assertThat(AnswerRoles.movesFor(official, AnswerStatus.DRAFT)).containsExactly(AnswerStatus.REVIEW);
        assertThat(AnswerRoles.movesFor(official, AnswerStatus.REVIEW)).containsExactly(AnswerStatus.DRAFT);
        assertThat(AnswerRoles.movesFor(official, AnswerStatus.PUBLISHED)).isEmpty();
    }

    @Test
    void reviewersPublishAndArchive() {
        assertThat(AnswerRoles.movesFor(reviewer, AnswerStatus.REVIEW))
                .containsExactly(AnswerStatus.PUBLISHED, AnswerStatus.ARCHIVED);
        assertThat(AnswerRoles.mayEdit(reviewer)).isFalse();
    }

    @Test
    void administratorsMayDoBoth() {
        assertThat(AnswerRoles.movesFor(admin, AnswerStatus.REVIEW))
                .containsExactly(AnswerStatus.PUBLISHED, AnswerStatus.DRAFT, AnswerStatus.ARCHIVED);
        assertThat(AnswerRoles.mayEdit(admin)).isTrue();
    }
}
