package city.civic.admin.unanswered;

import city.civic.dialog.IntentTraining;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import city.civic.knowledge.Departments;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredGroup.Outcome;
import city.civic.knowledge.UnansweredGroup.Resolution;
import city.civic.knowledge.UnansweredQueue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Turns a group into a new answer, phrasings of an existing answer (each a draft sent to review: a reviewer
 * publishes it on the answers pages), or examples of an intent; then the group leaves the queue. Each is one
 * transaction, and every check comes first: a refusal changes nothing.
 */
@Component
class GroupResolutions {

    static final int QUESTIONS_READ = 200;

    private final UnansweredQueue queue;
    private final Answers answers;
    private final Departments departments;
    private final IntentTraining intents;
    private final TransactionOperations transactions;
    private final Clock clock;

    GroupResolutions(UnansweredQueue queue, Answers answers, Departments departments, IntentTraining intents,
            TransactionOperations transactions, Clock clock) {
        this.queue = queue;
        this.answers = answers;
        this.departments = departments;
        this.intents = intents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A group id from a path: anything but a number is an unknown group. */
    static long groupId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    UnansweredGroup open(long groupId) {
        UnansweredGroup group = queue.find(groupId).orElseThrow(GroupResolutions::notFound);
        if (!group.open()) {
            throw new ResolutionRefused(409, "group.resolved", "That group was resolved already.");
        }
        return group;
    }

    UnansweredGroup resolve(long groupId, Resolution resolution) {
        open(groupId);
        return resolveNow(groupId, resolution);
    }

    /** Another official may have resolved it a moment ago: then nothing of this action is kept. */
    private UnansweredGroup resolveNow(long groupId, Resolution resolution) {
        try {
            return queue.resolve(groupId, resolution);
        } catch (NoSuchElementException e) {
            throw notFound();
        } catch (IllegalStateException e) {
            throw new ResolutionRefused(409, "group.resolved", "That group was resolved already.");
        }
    }

    Answer newAnswer(long groupId, NewAnswer form, String by) {
        UnansweredGroup group = open(groupId);
        Answer draft = form.toDraft(group.lang());
        if (departments.find(draft.department()).isEmpty()) {
            throw ResolutionRefused.badRequest("department.invalid", "Choose the responsible department.");
        }
        if (answers.find(draft.id(), draft.lang()).isPresent()) {
            throw ResolutionRefused.badRequest("answer.exists", "An answer with that id exists in that language;"
                    + " add the questions to it as phrasings instead, or choose another id.");
        }
        return transactions.execute(tx -> {
            answers.saveDraft(draft);
            Answer inReview = answers.submitForReview(draft.id(), draft.lang());
            resolveNow(groupId, new Resolution(Outcome.NEW_ANSWER, draft.id(), by, clock.instant()));
            return inReview;
        });
    }

    /** The chosen questions join the answer's phrasings in a new draft of it, sent to review. */
    Answer addVariants(long groupId, String answerId, List<Long> questionIds, String by) {
        UnansweredGroup group = open(groupId);
        Answer live = answerId == null ? null : answers.find(answerId, group.lang())
                .filter(a -> a.status() == AnswerStatus.PUBLISHED).orElse(null);
        if (live == null) {
            throw ResolutionRefused.badRequest("answer.not_found", "Choose a published answer in the group's language.");
        }
        List<String> added = Phrasings.notYetIn(live.phrasings(), chosen(groupId, questionIds));
        if (added.isEmpty()) {
            throw ResolutionRefused.badRequest("variants.none_new", "The answer already has every chosen question.");
        }
        var alternatives = new ArrayList<>(live.alternatives());
        alternatives.addAll(added);
        Phrasings.requireFits(alternatives);
        Answer draft = new Answer(live.id(), live.lang(), live.topic(), live.department(), live.question(),
                alternatives, live.text(), AnswerStatus.DRAFT);
        return transactions.execute(tx -> {
            answers.saveDraft(draft);
            Answer inReview = answers.submitForReview(draft.id(), draft.lang());
            resolveNow(groupId, new Resolution(Outcome.ANSWER_VARIANTS, live.id(), by, clock.instant()));
            return inReview;
        });
    }

    /** The chosen questions become examples of the intent (waiting for the next retraining); returns how many. */
    int addIntentExamples(long groupId, String intent, List<Long> questionIds, String by) {
        UnansweredGroup group = open(groupId);
        if (intent == null || !intents.intents().contains(intent)) {
            throw ResolutionRefused.badRequest("intent.unknown", "Choose one of the intents.");
        }
        List<String> texts = chosen(groupId, questionIds);
        return transactions.execute(tx -> {
            int added = 0;
            for (String text : texts) {
                try {
                    intents.add(intent, group.lang(), text, by);
                    added++;
                } catch (IntentTraining.Refused alreadyThereOrTooLong) {
                    // the others still teach the intent; the notice says how many were added
                }
            }
            if (added == 0) {
                throw ResolutionRefused.badRequest("examples.none_added", "None of the chosen questions could be"
                        + " added: the intent has them already, another intent has them, or they are too long.");
            }
            resolveNow(groupId, new Resolution(Outcome.INTENT_EXAMPLES, intent, by, clock.instant()));
            return added;
        });
    }

    /** The group's questions the official ticked, masked, each wording once. */
    private List<String> chosen(long groupId, List<Long> questionIds) {
        List<String> texts = Phrasings.distinctMasked(queue.questions(groupId, QUESTIONS_READ).stream()
                .filter(q -> questionIds != null && questionIds.contains(q.id())).toList());
        if (texts.isEmpty()) {
            throw ResolutionRefused.badRequest("questions.none", "Tick at least one of the group's questions.");
        }
        return texts;
    }

    static ResolutionRefused notFound() {
        return new ResolutionRefused(404, "group.not_found", "There is no such group of unanswered questions.");
    }
}
