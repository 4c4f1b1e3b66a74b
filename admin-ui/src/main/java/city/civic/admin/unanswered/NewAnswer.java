package city.civic.admin.unanswered;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import java.util.List;

/** The new-answer form: pre-filled from the group, checked against the answers table's limits. */
public record NewAnswer(String id, String topic, String department, String question, String variants, String text) {

    static final int MAX_TEXT = 4000;
    static final int MAX_TOPIC = 60;

    Answer toDraft(String lang) {
        String answerId = id == null ? "" : id.strip();
        if (!AnswerIds.wellFormed(answerId)) {
            throw ResolutionRefused.badRequest("answer_id.invalid", "An answer id has 3 to " + AnswerIds.MAX_LENGTH
                    + " lower-case letters, digits, dots and dashes, e.g. faq.passport-fee.");
        }
        String cleanTopic = Phrasings.oneLine(topic);
        if (cleanTopic.isEmpty() || cleanTopic.length() > MAX_TOPIC) {
            throw ResolutionRefused.badRequest("topic.invalid", "Give a topic of at most " + MAX_TOPIC + " characters.");
        }
        String cleanQuestion = Phrasings.oneLine(question);
        if (cleanQuestion.isEmpty() || cleanQuestion.length() > Phrasings.MAX_QUESTION) {
            throw ResolutionRefused.badRequest("question.invalid", "Give the question, at most "
                    + Phrasings.MAX_QUESTION + " characters.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw ResolutionRefused.badRequest("text.invalid", "Write the answer, at most " + MAX_TEXT + " characters.");
        }
        if (department == null || department.isBlank()) {
            throw ResolutionRefused.badRequest("department.invalid", "Choose the responsible department.");
        }
        List<String> alternatives = Phrasings.notYetIn(List.of(cleanQuestion), Phrasings.lines(variants));
        Phrasings.requireFits(alternatives);
        return new Answer(answerId, lang, cleanTopic, department.strip(), cleanQuestion, alternatives, body,
                AnswerStatus.DRAFT);
    }
}
