package city.civic.admin.answers;

import city.civic.knowledge.AnswerStatus;
import java.util.Arrays;
import java.util.Optional;

/** Answer statuses as the staff JSON API spells them (DESIGN.md): draft, in_review, published, archived. */
enum WireStatus {
    DRAFT("draft", AnswerStatus.DRAFT),
    IN_REVIEW("in_review", AnswerStatus.REVIEW),
    PUBLISHED("published", AnswerStatus.PUBLISHED),
    ARCHIVED("archived", AnswerStatus.ARCHIVED);

    private final String wire;
    private final AnswerStatus status;

    WireStatus(String wire, AnswerStatus status) {
        this.wire = wire;
        this.status = status;
    }

    static String of(AnswerStatus status) {
        return Arrays.stream(values()).filter(w -> w.status == status).findFirst().orElseThrow().wire;
    }

    static Optional<AnswerStatus> parse(String wire) {
        return Arrays.stream(values()).filter(w -> w.wire.equals(wire)).findFirst().map(w -> w.status);
    }
}
