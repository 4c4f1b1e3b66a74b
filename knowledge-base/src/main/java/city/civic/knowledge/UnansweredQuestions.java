package city.civic.knowledge;

import java.time.Instant;
import java.util.List;

/** The queue of questions officials should write answers for. */
public interface UnansweredQuestions {

    void record(String question, String lang, String conversationId, KnowledgeHit bestGuess, String department);

    List<UnansweredQuestion> recent(int limit);

    /** Deletes questions asked before the instant (retention); returns how many. */
    int forgetAskedBefore(Instant before);
}
