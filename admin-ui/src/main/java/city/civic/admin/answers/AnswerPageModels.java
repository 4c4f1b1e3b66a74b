package city.civic.admin.answers;

import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.CuratedAnswer;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every answers page needs besides its own content: departments by id, categories in use. */
@Component
class AnswerPageModels {

    private final AnswerCuration curation;
    private final Departments departments;
    private final AnswerOwners owners;
    private final PageFormat format;

    AnswerPageModels(AnswerCuration curation, Departments departments, AnswerOwners owners,
            @Value("${civic.dialog.time-zone:Asia/Seoul}") ZoneId zone) {
        this.curation = curation;
        this.departments = departments;
        this.owners = owners;
        this.format = new PageFormat(zone);
    }

    /** Small formatting for templates (Thymeleaf may not call static methods). */
    record PageFormat(ZoneId zone) {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        public String when(Instant at) {
            return WHEN.format(at.atZone(zone));
        }

        public String status(CuratedAnswer answer) {
            return WireStatus.of(answer.answer().status());
        }

        public String status(AnswerStatus status) {
            return WireStatus.of(status);
        }

        public List<LinkedText.Part> linked(String text) {
            return LinkedText.of(text);
        }
    }

    void common(Model model) {
        List<Department> all = departments.all();
        model.addAttribute("fmt", format);
        model.addAttribute("departments", all);
        model.addAttribute("departmentsById", all.stream().collect(Collectors.toMap(Department::id, d -> d)));
        model.addAttribute("categories", owners.categories(curation.curated()));
        model.addAttribute("languages", EditorForm.LANGUAGES);
        model.addAttribute("statuses", List.of("draft", "in_review", "published", "archived"));
    }

    void editor(Model model, EditorView view) {
        common(model);
        model.addAttribute("editor", view);
    }
}
