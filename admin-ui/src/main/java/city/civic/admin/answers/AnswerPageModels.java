package city.civic.admin.answers;

import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import java.time.ZoneId;
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
    private final AnswerPageFormat format;

    AnswerPageModels(AnswerCuration curation, Departments departments, AnswerOwners owners,
            @Value("${civic.dialog.time-zone:Asia/Seoul}") ZoneId zone) {
        this.curation = curation;
        this.departments = departments;
        this.owners = owners;
        this.format = new AnswerPageFormat(zone);
    }

    void common(Model model) {
        List<Department> all = departments.all();
        model.addAttribute("fmt", format);
        model.addAttribute("departments", all);
        model.addAttribute("departmentsById", all.stream().collect(Collectors.toMap(Department::id, d -> d)));
        model.addAttribute("categories", owners.categories(curation.curated()));
        model.addAttribute("languages", EditorForm.LANGUAGES);
        model.addAttribute("statuses", List.of("draft", "in_review", "published", "archived"));
        model.addAttribute("maxQuestion", QuestionTrial.MAX_QUESTION);
    }

    void editor(Model model, EditorView view) {
        common(model);
        model.addAttribute("editor", view);
    }
}
