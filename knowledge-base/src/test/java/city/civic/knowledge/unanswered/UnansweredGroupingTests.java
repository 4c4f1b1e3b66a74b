package city.civic.knowledge.unanswered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredGroup.Outcome;
import city.civic.knowledge.UnansweredGroup.Resolution;
import city.civic.knowledge.UnansweredQuestion;
import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The queue on a real database (H2, the module's migrations) with the real embedding model. */
class UnansweredGroupingTests {

    static MiniLmTextEmbedder embedder;

    JdbcClient jdbc;
    JdbcUnansweredQuestions questions;
    JdbcUnansweredQueue queue;
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));

    @BeforeAll
    static void model() {
        embedder = new MiniLmTextEmbedder(CachedTextEmbedder.batchThreads(2), 1000);
    }

    @BeforeEach
    void database() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:unanswered-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        questions = new JdbcUnansweredQuestions(jdbc, transactions, new QuestionFeatures(embedder), clock);
        queue = new JdbcUnansweredQueue(jdbc, questions);
    }

    @Test
    void twoEnglishParaphrasesJoinOneGroupAndAnUnrelatedQuestionStartsItsOwn() {
        ask("Can I bring my dog into the central library?", "en", "c1");
        ask("Are dogs allowed in the central library?", "en", "c2");
        ask("How do I apply for a fishing licence?", "en", "c3");

        List<UnansweredGroup> groups = queue.open("en", 10);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).count()).isEqualTo(2);
        assertThat(groups.get(0).examples()).extracting(UnansweredQuestion::conversationId).containsExactly("c2", "c1");
        assertThat(groups.get(1).examples()).extracting(UnansweredQuestion::question)
                .containsExactly("How do I apply for a fishing licence?");
    }

    @Test
    void twoKoreanParaphrasesJoinOneGroupAndAnUnrelatedQuestionStartsItsOwn() {
        ask("도서관에 강아지를 데려가도 되나요?", "ko", "k1");
        ask("도서관에 강아지 데려갈 수 있어요?", "ko", "k2");
        ask("낚시 면허는 어떻게 신청하나요?", "ko", "k3");

        List<UnansweredGroup> groups = queue.open("ko", 10);

        assertThat(groups).extracting(UnansweredGroup::count).containsExactly(2, 1);
        assertThat(groups.get(1).examples()).extracting(UnansweredQuestion::question)
                .containsExactly("낚시 면허는 어떻게 신청하나요?");
    }

    @Test
    void questionsInAnotherLanguageNeverJoinTheGroup() {
        ask("Can I bring my dog into the central library?", "en", "c1");
        ask("Can I bring my dog into the central library?", "ko", "c2");

        assertThat(queue.open(null, 10)).hasSize(2).extracting(UnansweredGroup::lang).containsExactlyInAnyOrder("en", "ko");
    }

    @Test
    void aGroupCountsEveryAskingShowsEachWordingOnceAndKnowsWhenItWasFirstAndLastAsked() {
        Instant first = clock.instant();
        ask("Are dogs allowed in the central library?", "en", "c1");
        clock.advance(Duration.ofHours(2));
        ask("are dogs allowed in the central library? ", "en", "c2");

        UnansweredGroup group = queue.open("en", 10).get(0);

        assertThat(group.count()).isEqualTo(2);
        assertThat(group.examples()).hasSize(1);
        assertThat(group.firstAskedAt()).isEqualTo(first);
        assertThat(group.lastAskedAt()).isEqualTo(first.plus(Duration.ofHours(2)));
    }

    @Test
    void aResolvedGroupLeavesTheQueueKeepsWhoWhenHowAndASimilarQuestionStartsANewGroup() {
        ask("Are dogs allowed in the central library?", "en", "c1");
        long id = queue.open("en", 10).get(0).id();

        queue.resolve(id, new Resolution(Outcome.ANSWER_VARIANTS, "faq.library-pets", "official-1", clock.instant()));
        ask("Can I bring my dog into the central library?", "en", "c2");

        assertThat(queue.open("en", 10)).singleElement().satisfies(g -> assertThat(g.id()).isNotEqualTo(id));
        assertThat(queue.resolved(10)).singleElement().satisfies(g -> {
            assertThat(g.resolution()).isEqualTo(new Resolution(Outcome.ANSWER_VARIANTS, "faq.library-pets",
                    "official-1", clock.instant()));
            assertThat(g.count()).isEqualTo(1);
        });
    }

    @Test
    void resolvingTwiceOrAnUnknownGroupIsRefused() {
        ask("Are dogs allowed in the central library?", "en", "c1");
        long id = queue.open("en", 10).get(0).id();
        var resolution = new Resolution(Outcome.ANSWER, "faq.library-pets", "official-1", clock.instant());
        queue.resolve(id, resolution);

        assertThatThrownBy(() -> queue.resolve(id, resolution)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queue.resolve(id + 100, resolution)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void retentionDeletesOldQuestionsAndTheOpenGroupsLeftEmpty() {
        ask("Are dogs allowed in the central library?", "en", "old");
        clock.advance(Duration.ofDays(91));
        ask("How do I apply for a fishing licence?", "en", "recent");

        int deleted = questions.forgetAskedBefore(clock.instant().minus(Duration.ofDays(90)));

        assertThat(deleted).isOne();
        assertThat(queue.open("en", 10)).singleElement()
                .satisfies(g -> assertThat(g.examples().get(0).conversationId()).isEqualTo("recent"));
        assertThat(jdbc.sql("select count(*) from unanswered_group").query(Integer.class).single()).isOne();
    }

    @Test
    void questionsRecordedWithoutAGroupJoinOneWhenTheQueueIsRead() {
        jdbc.sql("insert into unanswered_question (question, lang, asked_at) values (?, 'en', current_timestamp)")
                .param("Are dogs allowed in the central library?").update();
        ask("Can I bring my dog into the central library?", "en", "c1");

        assertThat(queue.open("en", 10)).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(2));
    }

    private void ask(String question, String lang, String conversationId) {
        questions.record(question, lang, conversationId, null, "citizen-communication");
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
