package city.civic.admin.answers;

import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.CuratedAnswer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Categories and the departments that usually own them: a new answer without a department goes to its category's. */
@Component
class AnswerOwners {

    private final AnswerCuration curation;

    AnswerOwners(AnswerCuration curation) {
        this.curation = curation;
    }

    AnswerDraft withOwner(AnswerDraft draft) {
        if (draft.department() != null && !draft.department().isBlank() || draft.category() == null) {
            return draft;
        }
        return ownerOf(draft.category().strip()).map(draft::withDepartment).orElse(draft);
    }

    /** The department owning most answers of a category. */
    Optional<String> ownerOf(String category) {
        Map<String, Long> counts = curation.curated().stream()
                .filter(c -> c.answer().topic().equals(category))
                .collect(Collectors.groupingBy(c -> c.answer().department(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /** Every category in use, sorted. */
    List<String> categories(List<CuratedAnswer> answers) {
        return List.copyOf(answers.stream().map(c -> c.answer().topic())
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
