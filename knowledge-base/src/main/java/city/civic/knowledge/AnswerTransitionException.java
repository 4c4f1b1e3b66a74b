package city.civic.knowledge;

/** A workflow move that the answer's current status does not allow (see {@link AnswerStatus#canMoveTo}). */
public class AnswerTransitionException extends IllegalStateException {

    private final AnswerStatus from;
    private final AnswerStatus to;

    public AnswerTransitionException(String answerId, String lang, AnswerStatus from, AnswerStatus to) {
        super("answer " + answerId + " in " + lang + " cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public AnswerStatus from() {
        return from;
    }

    public AnswerStatus to() {
        return to;
    }
}
