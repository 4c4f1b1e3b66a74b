package city.civic.knowledge;

/**
 * An answer in one language as officials see it: its newest version, and the version citizens get
 * ({@code liveVersion}, 0 when none is served: never published, or archived).
 */
public record CuratedAnswer(AnswerVersion head, int liveVersion) {

    public Answer answer() {
        return head.answer();
    }

    public int version() {
        return head.version();
    }

    public boolean isLive() {
        return liveVersion > 0;
    }
}
