package city.civic.knowledge;

/**
 * An edit based on a version that is no longer the newest: someone else saved in between. Nothing was
 * written; the caller shows the newer version and lets the person decide.
 */
public class StaleAnswerVersionException extends RuntimeException {

    private final String answerId;
    private final String lang;
    private final int basedOn;

    public StaleAnswerVersionException(String answerId, String lang, int basedOn) {
        super("answer " + answerId + " in " + lang + " has changed since version " + basedOn);
        this.answerId = answerId;
        this.lang = lang;
        this.basedOn = basedOn;
    }

    public String answerId() {
        return answerId;
    }

    public String lang() {
        return lang;
    }

    public int basedOn() {
        return basedOn;
    }
}
