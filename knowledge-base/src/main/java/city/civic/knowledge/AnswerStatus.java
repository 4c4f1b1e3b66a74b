package city.civic.knowledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * Curation workflow of an answer in one language: only published answers are searchable. A draft goes to
 * review, review is published (or sent back to draft), and anything may be archived (taken out of service);
 * an archived answer is reopened as a draft. Editing content always makes a new draft.
 */
public enum AnswerStatus {
    DRAFT, REVIEW, PUBLISHED, ARCHIVED;

    /** Whether the workflow allows moving from this status to {@code to}; staying put is not a move. */
    public boolean canMoveTo(AnswerStatus to) {
        return next().contains(to);
    }

    private Set<AnswerStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REVIEW, ARCHIVED);
            case REVIEW -> EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }
}
