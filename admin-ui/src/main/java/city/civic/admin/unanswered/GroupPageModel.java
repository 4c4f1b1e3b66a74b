package city.civic.admin.unanswered;

import city.civic.dialog.IntentTraining;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import city.civic.knowledge.Departments;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredQueue;
import city.civic.knowledge.UnansweredQuestion;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the group page and the new-answer form show, also when they are shown again with an error. */
@Component
class GroupPageModel {

    private final UnansweredQueue queue;
    private final Answers answers;
    private final Departments departments;
    private final IntentTraining intents;
    private final ZoneId zone;

    GroupPageModel(UnansweredQueue queue, Answers answers, Departments departments, IntentTraining intents,
            @Value("${civic.dialog.time-zone:Asia/Seoul}") ZoneId zone) {
        this.queue = queue;
        this.answers = answers;
        this.departments = departments;
        this.intents = intents;
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    UnansweredGroup group(String id) {
        return queue.find(GroupResolutions.groupId(id)).orElseThrow(GroupResolutions::notFound);
    }

    void group(UnansweredGroup group, Model model) {
        List<UnansweredQuestion> questions = queue.questions(group.id(), GroupResolutions.QUESTIONS_READ);
        List<Answer> published = publishedIn(group.lang());
        model.addAttribute("group", GroupView.of(group, distinctWordings(questions), zone));
        model.addAttribute("answers", published);
        String suggested = mostGuessed(questions, published);
        model.addAttribute("suggestedAnswer", suggested);
        model.addAttribute("answer", published.stream().filter(a -> a.id().equals(suggested)).findFirst()
                .orElse(null));
        model.addAttribute("intents", intents.intents());
    }

    /** The form pre-filled from the group: its first wording as the question, the others as phrasings. */
    NewAnswer prefilled(UnansweredGroup group) {
        List<UnansweredQuestion> questions = queue.questions(group.id(), GroupResolutions.QUESTIONS_READ);
        List<String> wordings = Phrasings.distinctMasked(questions);
        String question = wordings.isEmpty() ? "" : wordings.get(0);
        String department = questions.stream().map(UnansweredQuestion::department).filter(Objects::nonNull)
                .findFirst().orElse(null);
        String guessed = mostGuessed(questions, publishedIn(group.lang()));
        String topic = guessed == null ? "" : answers.find(guessed, group.lang()).map(Answer::topic).orElse("");
        return new NewAnswer(AnswerIds.suggest(question, group.id()), topic, department, question,
                String.join("\n", wordings.subList(Math.min(1, wordings.size()), wordings.size())), "");
    }

    void newAnswer(UnansweredGroup group, NewAnswer form, Model model) {
        model.addAttribute("group", GroupView.of(group, zone));
        model.addAttribute("form", form);
        model.addAttribute("departments", departments.all());
        model.addAttribute("topics", answers.all().stream().map(Answer::topic).distinct().sorted().toList());
    }

    private List<Answer> publishedIn(String lang) {
        return answers.all().stream().filter(a -> a.lang().equals(lang) && a.status() == AnswerStatus.PUBLISHED)
                .sorted(Comparator.comparing(Answer::question)).toList();
    }

    /** The answer the bot most often nearly gave for these questions: the likely home for them. */
    private static String mostGuessed(List<UnansweredQuestion> questions, List<Answer> published) {
        var known = published.stream().map(Answer::id).collect(Collectors.toSet());
        return questions.stream().map(UnansweredQuestion::bestGuessId).filter(known::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Each wording once (its newest asking), newest first. */
    private static List<UnansweredQuestion> distinctWordings(List<UnansweredQuestion> questions) {
        var seen = new HashSet<String>();
        return questions.stream()
                .filter(q -> seen.add(Phrasings.oneLine(q.question()).toLowerCase(Locale.ROOT))).toList();
    }
}
