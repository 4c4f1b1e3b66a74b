package city.civic.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerChange;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerField;
import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.AnswerTransitionException;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.StaleAnswerVersionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every save and status change is a kept version; stale edits are refused; publishing changes what citizens get. */
class JdbcAnswersVersionsTests {

    final List<Object> events = new ArrayList<>();
    JdbcAnswers answers;
    JdbcClient jdbc;

    @BeforeEach
    void freshDatabase() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into department (id, name_en, name_ko) values ('culture-sports', 'Culture', '문화체육과'),"
                + " ('civil-affairs', 'Civil Affairs', '민원여권과')").update();
        answers = new JdbcAnswers(jdbc, events::add, Clock.systemUTC());
    }

    @Test
    void eachSaveAndStatusChangeIsAVersionWithWhoAndWhat() {
        AnswerVersion created = answers.save(telescope("Reserve one online."), AnswerCuration.NEW, "official-kim");
        AnswerVersion edited = answers.save(telescope("Reserve one online or at the desk."), 1, "official-lee");
        answers.move("faq.telescope", "en", AnswerStatus.REVIEW, 2, "official-lee");
        answers.move("faq.telescope", "en", AnswerStatus.PUBLISHED, 3, "reviewer-park");

        List<AnswerVersion> history = answers.history("faq.telescope", "en");
        assertThat(history).extracting(AnswerVersion::version).containsExactly(4, 3, 2, 1);
        assertThat(history).extracting(AnswerVersion::author)
                .containsExactly("reviewer-park", "official-lee", "official-lee", "official-kim");
        assertThat(history).extracting(AnswerVersion::change).containsExactly(AnswerChange.STATUS,
                AnswerChange.STATUS, AnswerChange.EDITED, AnswerChange.CREATED);
        assertThat(created.answer().status()).isEqualTo(AnswerStatus.DRAFT);
        assertThat(edited.changesFrom(created)).containsExactly(AnswerField.TEXT);
        assertThat(history.get(0).changesFrom(history.get(1))).containsExactly(AnswerField.STATUS);
        assertThat(answers.version("faq.telescope", "en", 1)).hasValueSatisfying(
                v -> assertThat(v.answer().text()).isEqualTo("Reserve one online."));
    }

    @Test
    void anEditBasedOnAnOutdatedVersionIsRefusedAndNothingIsLost() {
        answers.save(telescope("First."), AnswerCuration.NEW, "official-kim");
        answers.save(telescope("Kim's second thoughts."), 1, "official-kim");

        assertThatThrownBy(() -> answers.save(telescope("Lee's edit of the first."), 1, "official-lee"))
                .isInstanceOf(StaleAnswerVersionException.class);
        assertThatThrownBy(() -> answers.move("faq.telescope", "en", AnswerStatus.REVIEW, 1, "official-lee"))
                .isInstanceOf(StaleAnswerVersionException.class);
        assertThatThrownBy(() -> answers.save(telescope("Someone else's new answer."), AnswerCuration.NEW, "x"))
                .isInstanceOf(StaleAnswerVersionException.class);

        assertThat(answers.curated("faq.telescope", "en")).hasValueSatisfying(head -> {
            assertThat(head.version()).isEqualTo(2);
            assertThat(head.answer().text()).isEqualTo("Kim's second thoughts.");
        });
    }

    @Test
    void theDatabaseRefusesASecondVersionWithTheSameNumberSoRacingEditsLeaveOneWinner() {
        answers.save(telescope("First."), AnswerCuration.NEW, "official-kim");
        var rows = new AnswerVersionRows(jdbc);
        var lee = new AnswerVersion(telescope("Lee's.").withStatus(AnswerStatus.DRAFT), 2, AnswerChange.EDITED,
                "official-lee", java.time.Instant.now());
        var kim = new AnswerVersion(telescope("Kim's.").withStatus(AnswerStatus.DRAFT), 2, AnswerChange.EDITED,
                "official-kim", java.time.Instant.now());
        rows.insert(lee);

        assertThatThrownBy(() -> rows.insert(kim)).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(answers.curated("faq.telescope", "en").orElseThrow().answer().text()).isEqualTo("Lee's.");
    }

    @Test
    void publishingMakesTheNewestVersionLiveAndEditingKeepsTheLiveOneServed() {
        answers.save(telescope("Version one."), AnswerCuration.NEW, "official-kim");
        answers.move("faq.telescope", "en", AnswerStatus.REVIEW, 1, "official-kim");
        answers.move("faq.telescope", "en", AnswerStatus.PUBLISHED, 2, "reviewer-park");
        answers.save(telescope("Version two, in progress."), 3, "official-kim");

        assertThat(answers.find("faq.telescope", "en")).hasValueSatisfying(live -> {
            assertThat(live.text()).isEqualTo("Version one.");
            assertThat(live.status()).isEqualTo(AnswerStatus.PUBLISHED);
        });
        assertThat(answers.curated("faq.telescope", "en")).hasValueSatisfying(head -> {
            assertThat(head.answer().status()).isEqualTo(AnswerStatus.DRAFT);
            assertThat(head.liveVersion()).isEqualTo(3);
        });
        assertThat(events).containsExactly(new AnswerPublished("faq.telescope", "en"));
    }

    @Test
    void archivingTakesTheAnswerOutOfServiceAndReopeningStartsADraft() {
        answers.save(telescope("Version one."), AnswerCuration.NEW, "official-kim");
        answers.move("faq.telescope", "en", AnswerStatus.REVIEW, 1, "official-kim");
        answers.move("faq.telescope", "en", AnswerStatus.PUBLISHED, 2, "reviewer-park");
        answers.move("faq.telescope", "en", AnswerStatus.ARCHIVED, 3, "reviewer-park");

        assertThat(answers.find("faq.telescope", "en").orElseThrow().status()).isEqualTo(AnswerStatus.ARCHIVED);
        assertThat(answers.published()).isEmpty();
        assertThat(answers.curated("faq.telescope", "en").orElseThrow().isLive()).isFalse();
        assertThat(events).hasSize(2);

        answers.move("faq.telescope", "en", AnswerStatus.DRAFT, 4, "official-kim");
        assertThat(answers.curated("faq.telescope", "en").orElseThrow().answer().status())
                .isEqualTo(AnswerStatus.DRAFT);
    }

    @Test
    void theWorkflowRefusesMovesItDoesNotAllow() {
        answers.save(telescope("Draft."), AnswerCuration.NEW, "official-kim");

        assertThatThrownBy(() -> answers.move("faq.telescope", "en", AnswerStatus.PUBLISHED, 1, "official-kim"))
                .isInstanceOf(AnswerTransitionException.class);
        assertThatThrownBy(() -> answers.move("faq.telescope", "en", AnswerStatus.DRAFT, 1, "official-kim"))
                .isInstanceOf(AnswerTransitionException.class);
        assertThatThrownBy(() -> answers.move("faq.nothing", "en", AnswerStatus.REVIEW, 1, "official-kim"))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(answers.history("faq.telescope", "en")).hasSize(1);
    }

    @Test
    void savingTheSameContentAgainMakesNoVersion() {
        answers.save(telescope("Same."), AnswerCuration.NEW, "official-kim");
        AnswerVersion again = answers.save(telescope("  Same.  "), 1, "official-lee");

        assertThat(again.version()).isEqualTo(1);
        assertThat(answers.history("faq.telescope", "en")).hasSize(1);
    }

    @Test
    void htmlTypedIntoAnAnswerIsStoredAsPlainText() {
        answers.save(new Answer("faq.telescope", "en", "culture", "culture-sports",
                "Telescopes?<script>alert(1)</script>", List.of("<b>Borrow</b> a telescope"),
                "Ask at the <a href=\"javascript:alert(1)\">library</a>.\"><img src=x onerror=alert(1)>",
                AnswerStatus.DRAFT), AnswerCuration.NEW, "official-kim");

        Answer stored = answers.curated("faq.telescope", "en").orElseThrow().answer();
        assertThat(stored.question()).isEqualTo("Telescopes?");
        assertThat(stored.alternatives()).containsExactly("Borrow a telescope");
        assertThat(stored.text()).isEqualTo("Ask at the library.\">");
    }

    @Test
    void theOldWorkflowMethodsStillWorkAndSeedingKeepsAVersion() {
        answers.importPublished(new Answer("faq.passport", "en", "certificates", "civil-affairs", "Passport?",
                List.of("How do I renew my passport?"), "At City Hall.", AnswerStatus.PUBLISHED));
        answers.saveDraft(telescope("Draft."));
        answers.submitForReview("faq.telescope", "en");
        answers.publish("faq.telescope", "en");

        assertThat(answers.published()).extracting(Answer::id).containsExactly("faq.passport", "faq.telescope");
        assertThat(answers.history("faq.passport", "en")).singleElement()
                .satisfies(v -> assertThat(v.change()).isEqualTo(AnswerChange.IMPORTED));
        assertThat(answers.curated()).hasSize(2).allSatisfy(c -> assertThat(c.isLive()).isTrue());
    }

    private static Answer telescope(String text) {
        return new Answer("faq.telescope", "en", "culture", "culture-sports", "Can I borrow a telescope?",
                List.of("Where do I rent a telescope?"), text, AnswerStatus.DRAFT);
    }
}
