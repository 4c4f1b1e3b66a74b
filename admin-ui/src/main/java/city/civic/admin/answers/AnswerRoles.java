package city.civic.admin.answers;

import city.civic.admin.StaffRole;
import city.civic.admin.web.Staff;
import city.civic.knowledge.AnswerStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may do what with answers: officials write (and send to review or back to draft), reviewers approve
 * (publish, archive), administrators may do both. The method-level declarations on the controllers use
 * these expressions; the target status of a move is known only from the request, so it is checked here.
 */
final class AnswerRoles {

    static final String READ = "hasAnyRole('OFFICIAL','REVIEWER','ADMIN')";
    static final String EDIT = "hasAnyRole('OFFICIAL','ADMIN')";

    private AnswerRoles() {
    }

    static boolean mayEdit(Staff who) {
        return who.has(StaffRole.OFFICIAL.name(), StaffRole.ADMIN.name());
    }

    static boolean mayMove(Staff who, AnswerStatus to) {
        return switch (to) {
            case DRAFT, REVIEW -> mayEdit(who);
            case PUBLISHED, ARCHIVED -> who.has(StaffRole.REVIEWER.name(), StaffRole.ADMIN.name());
        };
    }

    /** The moves this person may make from a status, in the order the editor shows them. */
    static List<AnswerStatus> movesFor(Staff who, AnswerStatus from) {
        var moves = new ArrayList<AnswerStatus>();
        for (AnswerStatus to : List.of(AnswerStatus.REVIEW, AnswerStatus.PUBLISHED, AnswerStatus.DRAFT,
                AnswerStatus.ARCHIVED)) {
            if (from.canMoveTo(to) && mayMove(who, to)) {
                moves.add(to);
            }
        }
        return moves;
    }
}
