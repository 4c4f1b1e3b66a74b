package city.civic.dialog.engine;

import city.civic.dialog.AnswerWentLive;
import city.civic.dialog.Language;
import city.civic.dialog.LiveAnswers;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's published answers as the engine's channels see them: the channels depend on the
 * engine only, so the engine passes each publication on as its own {@link AnswerWentLive}.
 */
@Component
public final class KnowledgeLiveAnswers implements LiveAnswers {

    private final Answers answers;
    private final ApplicationEventPublisher events;

    KnowledgeLiveAnswers(Answers answers, ApplicationEventPublisher events) {
        this.answers = answers;
        this.events = events;
    }

    @Override
    public List<String> texts(Language language) {
        return answers.all().stream()
                .filter(answer -> answer.status() == AnswerStatus.PUBLISHED && language.code().equals(answer.lang()))
                .map(Answer::text)
                .toList();
    }

    /** In the publishing transaction: listeners that need the answer committed listen after it. */
    @EventListener
    void on(AnswerPublished published) {
        Language.fromCode(published.lang()).ifPresent(language -> answers.find(published.answerId(), published.lang())
                .ifPresent(answer -> events.publishEvent(new AnswerWentLive(answer.id(), language, answer.text()))));
    }
}
