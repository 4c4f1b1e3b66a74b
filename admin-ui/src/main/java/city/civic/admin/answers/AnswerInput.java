package city.civic.admin.answers;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import java.util.List;

/** Checked, plain-text content of an answer in one language, as an official typed it. */
record AnswerInput(String lang, String question, List<String> variants, String text, String category,
        String department) {

    AnswerInput {
        variants = List.copyOf(variants);
    }

    Answer toAnswer(String id) {
        return new Answer(id, lang, category, department, question, variants, text, AnswerStatus.DRAFT);
    }
}
