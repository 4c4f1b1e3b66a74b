package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.UnansweredQuestion;
import city.civic.knowledge.UnansweredQuestions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnsweringTests {

    final List<String> queued = new ArrayList<>();

    @Test
    void aFailingSearchIsAnsweredIDontKnowAndTheQuestionIsQueued() {
        KnowledgeSearch broken = (question, lang, limit) -> {
            throw new IllegalStateException("maxClauseCount is set to 1024");
        };

        Reply reply = answering(broken).answerOrAdmit(turn("How do I renew a passport?"));
        Optional<Reply> related = answering(broken).answerIfRelated(turn("Something else entirely"));

        assertThat(reply.text()).contains("don't have a confirmed answer");
        assertThat(related).hasValueSatisfying(r -> assertThat(r.text()).contains("don't have a confirmed answer"));
        assertThat(queued).containsExactly("How do I renew a passport?", "Something else entirely");
    }

    @Test
    void aConfidentHitIsTheAnswerWithItsSource() {
        KnowledgeSearch search = (question, lang, limit) -> List.of(new KnowledgeHit("faq.passport", "en",
                "Passports", "Apply at the civil affairs desk.", "civil-affairs", 0.9, true));

        Reply reply = answering(search).answerOrAdmit(turn("How do I renew a passport?"));

        assertThat(reply.text()).isEqualTo("Apply at the civil affairs desk.");
        assertThat(reply.sources()).extracting(Reply.Source::id).containsExactly("faq.passport");
        assertThat(queued).isEmpty();
    }

    @Test
    void aRelatedButUnsureHitIsAdmittedAndQueuedForItsDepartment() {
        KnowledgeSearch unsure = (question, lang, limit) -> List.of(new KnowledgeHit("faq.passport", "en",
                "Passports", "Apply at the civil affairs desk.", "civil-affairs", 0.5, false));

        Optional<Reply> reply = answering(unsure).answerIfRelated(turn("Can my child get a passport?"));

        assertThat(reply).hasValueSatisfying(r -> {
            assertThat(r.text()).contains("don't have a confirmed answer").contains("Citizen Communication");
            assertThat(r.sources()).isEmpty();
        });
        assertThat(queued).containsExactly("Can my child get a passport?");
    }

    @Test
    void anUnrelatedMessageIsNoQuestionForTheKnowledgeBase() {
        KnowledgeSearch faint = (question, lang, limit) -> List.of(new KnowledgeHit("faq.passport", "en",
                "Passports", "Apply at the civil affairs desk.", "civil-affairs", 0.05, false));
        KnowledgeSearch empty = (question, lang, limit) -> List.of();

        assertThat(answering(faint).answerIfRelated(turn("Tell me a joke"))).isEmpty();
        assertThat(answering(empty).answerIfRelated(turn("Tell me a joke"))).isEmpty();
        assertThat(queued).isEmpty();
    }

    @Test
    void aQuestionWithoutAConfidentAnswerIsAdmittedAndQueued() {
        KnowledgeSearch empty = (question, lang, limit) -> List.of();

        Reply reply = answering(empty).answerOrAdmit(turn("How do I adopt a street tree?"));

        assertThat(reply.intent()).isEqualTo("faq");
        assertThat(reply.text()).contains("don't have a confirmed answer").contains("031-760-2114");
        assertThat(queued).containsExactly("How do I adopt a street tree?");
    }

    private Answering answering(KnowledgeSearch search) {
        UnansweredQuestions unanswered = new UnansweredQuestions() {
            @Override
            public void record(String question, String lang, String conversationId, KnowledgeHit bestGuess,
                    String department) {
                queued.add(question);
            }

            @Override
            public List<UnansweredQuestion> recent(int limit) {
                return List.of();
            }

            @Override
            public int forgetAskedBefore(Instant before) {
                return 0;
            }
        };
        Departments departments = new Departments() {
            @Override
            public List<Department> all() {
                return List.of();
            }

            @Override
            public Optional<Department> find(String id) {
                return Optional.of(new Department(id, "Citizen Communication", "시민소통과", null, null));
            }

            @Override
            public void save(Department department) {
            }
        };
        return new Answering(search, unanswered, departments, new Responses(), "031-760-2114");
    }

    private static Turn turn(String text) {
        var state = new ConversationState();
        state.language = "en";
        var conversation = new Conversation("c-1", "hash", Channel.WEB, Instant.EPOCH, Instant.EPOCH, state, 0);
        return new Turn(conversation, Utterance.text(text), text, Language.EN, null);
    }
}
