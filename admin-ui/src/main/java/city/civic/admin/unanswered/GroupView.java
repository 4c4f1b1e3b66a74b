package city.civic.admin.unanswered;

import city.civic.dialog.PersonalData;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredQuestion;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A group as staff see it: every citizen's question masked ({@link PersonalData#mask}), times in the city's
 * time zone. Templates escape the text; nothing here is ever written unescaped.
 */
public record GroupView(long id, String lang, int count, Moment firstAsked, Moment lastAsked, List<QuestionView> examples,
        UnansweredGroup.Resolution resolution, Moment resolvedAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An instant for a {@code <time>} element: machine-readable and as shown. */
    public record Moment(String iso, String shown) {
        static Moment of(Instant at, ZoneId zone) {
            return at == null ? null : new Moment(at.toString(), SHOWN.format(at.atZone(zone)));
        }
    }

    /** @param id the question's id, for choosing which questions an action uses */
    public record QuestionView(long id, String text, String conversationId, String bestGuessId) {
        static QuestionView of(UnansweredQuestion question) {
            return new QuestionView(question.id(), PersonalData.mask(question.question()), question.conversationId(),
                    question.bestGuessId());
        }
    }

    static GroupView of(UnansweredGroup group, ZoneId zone) {
        return of(group, group.examples(), zone);
    }

    static GroupView of(UnansweredGroup group, List<UnansweredQuestion> questions, ZoneId zone) {
        return new GroupView(group.id(), group.lang(), group.count(), Moment.of(group.firstAskedAt(), zone),
                Moment.of(group.lastAskedAt(), zone), questions.stream().map(QuestionView::of).toList(),
                group.resolution(), group.resolution() == null ? null : Moment.of(group.resolution().at(), zone));
    }

    /** The first example, for a heading. */
    public String headline() {
        return examples.isEmpty() ? "" : examples.get(0).text();
    }
}
