package city.civic.knowledge;

import java.util.List;

/** The queue of questions officials should write answers for. */
public interface UnansweredQuestions {

    void record(String question, String lang, String conversationId, KnowledgeHit bestGuess, String department);

    List<UnansweredQuestion> recent(int limit);
}
