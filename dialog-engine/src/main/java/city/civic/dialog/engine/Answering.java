package city.civic.dialog.engine;

import city.civic.dialog.Reply;
import city.civic.knowledge.Departments;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.UnansweredQuestions;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions answered from the curated knowledge base. Below the confidence threshold the bot says it
 * does not know, and the question is queued for the department most likely to own the answer.
 */
final class Answering {

    static final String FAQ = "faq";
    private static final Logger log = LoggerFactory.getLogger(Answering.class);
    /**
     * Below the answer threshold but close enough to a curated topic to be a city question: this share of
     * the language's threshold, or {@link #RELATED} where the search does not say its threshold.
     */
    private static final double RELATED_SHARE = 0.7;
    private static final double RELATED = 0.35;
    private static final String FALLBACK_DEPARTMENT = "citizen-communication";

    private final KnowledgeSearch knowledge;
    private final UnansweredQuestions unanswered;
    private final Departments departments;
    private final Responses responses;
    private final String cityPhone;

    Answering(KnowledgeSearch knowledge, UnansweredQuestions unanswered, Departments departments,
            Responses responses, String cityPhone) {
        this.knowledge = knowledge;
        this.unanswered = unanswered;
        this.departments = departments;
        this.responses = responses;
        this.cityPhone = cityPhone;
    }

    /**
     * For a message the classifier put out of scope: an answer if the knowledge base is confident, an
     * admission (and a queued question) if it is at least related to a city topic, else nothing.
     */
    Optional<Reply> answerIfRelated(Turn turn) {
        Optional<KnowledgeHit> found;
        try {
            found = best(turn);
        } catch (RuntimeException e) {
            return Optional.of(admitAfterFailure(turn, e));
        }
        KnowledgeHit best = found.orElse(null);
        if (best == null || best.confidence() < related(turn)) {
            return Optional.empty();
        }
        return Optional.of(best.confident() ? answer(turn, best) : admit(turn, best));
    }

    /** Answers, or admits not knowing and records the question. */
    Reply answerOrAdmit(Turn turn) {
        KnowledgeHit best;
        try {
            best = best(turn).orElse(null);
        } catch (RuntimeException e) {
            return admitAfterFailure(turn, e);
        }
        if (best != null && best.confident()) {
            return answer(turn, best);
        }
        return admit(turn, best);
    }

    private double related(Turn turn) {
        double threshold = knowledge.confidenceThreshold(turn.language.code());
        return Double.isNaN(threshold) ? RELATED : RELATED_SHARE * threshold;
    }

    private Optional<KnowledgeHit> best(Turn turn) {
        return knowledge.search(turn.text, turn.language.code(), 1).stream().findFirst();
    }

    /** A search that failed is a question the bot could not answer: said so, queued, and logged for us. */
    private Reply admitAfterFailure(Turn turn, RuntimeException e) {
        log.error("knowledge.search_failed", e);
        return admit(turn, null);
    }

    private Reply admit(Turn turn, KnowledgeHit best) {
        String departmentId = best != null && best.confidence() >= related(turn) && best.department() != null
                ? best.department() : FALLBACK_DEPARTMENT;
        unanswered.record(turn.text, turn.language.code(), turn.conversation.id, best, departmentId);
        String department = departments.find(departmentId).map(d -> d.name(turn.language.code()))
                .orElse(departmentId);
        Reply admit = responses.say(turn.language, FAQ, best == null ? 0 : best.confidence(), "faq.unknown",
                department, cityPhone);
        return Responses.withQuickReplies(admit, responses.quick(turn.language, "faq.unknown.quick"));
    }

    private Reply answer(Turn turn, KnowledgeHit hit) {
        return new Reply(hit.text(), turn.language.code(), FAQ, hit.confidence(),
                List.of(new Reply.Source(hit.answerId(), hit.title())), null,
                responses.quick(turn.language, "answer.quick"), false);
    }
}
