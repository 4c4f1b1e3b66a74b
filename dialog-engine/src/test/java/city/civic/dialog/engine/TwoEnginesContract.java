package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.Conversations.StartedConversation;
import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two engines over one database, each with its own connections, transactions and locks, as two instances behind a
 * load balancer: any instance serves any turn, and turns racing on one conversation never lose or renumber a
 * message. Subclasses give the database.
 */
abstract class TwoEnginesContract {

    static final int TURNS_EACH = 12;

    /** A new connection pool onto the test's database (each engine gets its own, as an instance would). */
    abstract DataSource connect();

    @Test
    void aConversationStartedOnOneInstanceContinuesOnTheOtherAndBack() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        StartedConversation started = a.engine.start(Channel.WEB, Language.EN);
        String id = started.conversationId();

        a.engine.handle(id, Utterance.text("the traffic light is broken"));
        List<Reply> onB = b.engine.handle(id, Utterance.text("Opo Intersection"));
        List<Reply> backOnA = a.engine.handle(id, Utterance.text("just now"));
        List<Reply> againOnB = b.engine.handle(id, Utterance.text("hong@example.com"));
        List<Reply> filed = a.engine.handle(id, Utterance.text("yes"));

        assertThat(b.engine.ownedBy(id, started.token())).isTrue();
        assertThat(onB.get(0).expects().slot()).as("B knows what A asked").isEqualTo("when");
        assertThat(backOnA.get(0).expects().kind()).as("A knows what B asked").isEqualTo(Expectation.CONTACT);
        assertThat(againOnB.get(0).expects().kind()).isEqualTo(Expectation.CONFIRM);
        assertThat(filed).anySatisfy(reply -> assertThat(reply.ticket()).isNotNull());
        assertThat(a.tickets).hasSize(1);
        assertThat(b.tickets).isEmpty();
        assertThat(b.engine.transcript(id).orElseThrow().messages()).extracting(Transcript.Entry::text)
                .contains("the traffic light is broken", "Opo Intersection", "just now", "hong@example.com", "yes");
        assertNumberedWithoutGaps(id);
    }

    @Test
    void aMessageResentToTheOtherInstanceWithItsClientIdIsAnsweredAsBeforeAndNotHandledTwice() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        a.engine.handle(id, Utterance.text("the traffic light is broken"), "m-1");
        a.engine.handle(id, Utterance.text("Opo Intersection"), "m-2");
        a.engine.handle(id, Utterance.text("just now"), "m-3");
        a.engine.handle(id, Utterance.text("hong@example.com"), "m-4");
        List<Reply> filed = a.engine.handle(id, Utterance.text("yes"), "m-5"); // its answer lost with instance A

        List<Reply> resent = b.engine.handle(id, Utterance.text("yes"), "m-5");
        List<Reply> next = b.engine.handle(id, Utterance.text("thanks"), "m-6");

        assertThat(resent).isEqualTo(filed);
        assertThat(filed).anySatisfy(reply -> assertThat(reply.ticket()).isNotNull());
        assertThat(a.tickets).hasSize(1);
        assertThat(b.tickets).as("not filed again").isEmpty();
        assertThat(next).isNotEqualTo(filed);
        assertThat(b.engine.transcript(id).orElseThrow().messages()).filteredOn(e -> "citizen".equals(e.role()))
                .extracting(Transcript.Entry::text)
                .containsExactly("the traffic light is broken", "Opo Intersection", "just now", "hong@example.com",
                        "yes", "thanks");
        assertNumberedWithoutGaps(id);
    }

    @Test
    void turnsRacingOnOneConversationThroughBothInstancesAreAllKeptOnceInOrder() throws Exception {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        List<String> sentByA = texts("hello from a", TURNS_EACH);
        List<String> sentByB = texts("thanks from b", TURNS_EACH);
        var go = new CountDownLatch(1);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> keptA = threads.submit(() -> send(a.engine, id, sentByA, go));
            Future<List<String>> keptB = threads.submit(() -> send(b.engine, id, sentByB, go));
            go.countDown();
            List<String> answered = new ArrayList<>(keptA.get());
            answered.addAll(keptB.get());

            List<Transcript.Entry> transcript = a.engine.transcript(id).orElseThrow().messages();
            List<String> citizen = transcript.stream().filter(e -> "citizen".equals(e.role()))
                    .map(Transcript.Entry::text).toList();
            assertThat(citizen).as("every answered turn once, nothing else")
                    .containsExactlyInAnyOrderElementsOf(answered);
            assertThat(citizen.stream().filter(sentByA::contains).toList()).isEqualTo(keptA.get());
            assertThat(citizen.stream().filter(sentByB::contains).toList()).isEqualTo(keptB.get());
            assertThat(answered).as("conflicts are retried, not failed").hasSizeGreaterThan(TURNS_EACH);
            for (int i = 0; i < transcript.size(); i++) {
                if ("citizen".equals(transcript.get(i).role())) {
                    assertThat(transcript.get(i + 1).role()).as("a turn's reply follows its message").isEqualTo("bot");
                }
            }
            assertNumberedWithoutGaps(id);
            assertThat(a.store.find(id).orElseThrow().version).isEqualTo(1 + answered.size());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTurnComputedOnStaleStateIsRunAgainAndAFailedTurnLeavesNothingBehind() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        var interrupted = new AtomicBoolean();
        a.duringSearch = () -> {
            if (!interrupted.getAndSet(true)) {
                b.engine.handle(id, Utterance.text("hello there"));
            }
        };

        List<Reply> retried = a.engine.handle(id, Utterance.text(EngineFixture.HOURS_QUESTION));

        assertThat(retried.get(0).text()).contains(EngineFixture.HOURS_ANSWER);
        assertThat(a.searched).as("the turn ran again").hasSizeGreaterThanOrEqualTo(2);
        assertThat(citizenTexts(b, id)).as("A's turn came after B's, on B's state")
                .containsExactly("hello there", EngineFixture.HOURS_QUESTION);

        a.duringSearch = () -> b.engine.handle(id, Utterance.text("hello"));
        assertThatThrownBy(() -> a.engine.handle(id, Utterance.text(EngineFixture.HOURS_QUESTION)))
                .isInstanceOf(ConversationBusyException.class);
        a.duringSearch = () -> { };
        a.engine.handle(id, Utterance.text("thank you"));

        var expected = new ArrayList<>(List.of("hello there", EngineFixture.HOURS_QUESTION));
        expected.addAll(Collections.nCopies(ConversationStore.ATTEMPTS, "hello"));
        expected.add("thank you");
        assertThat(citizenTexts(b, id)).as("the failed turn left nothing").isEqualTo(expected);
        assertNumberedWithoutGaps(id);
    }

    private static List<String> citizenTexts(EngineFixture fixture, String id) {
        return fixture.engine.transcript(id).orElseThrow().messages().stream()
                .filter(e -> "citizen".equals(e.role())).map(Transcript.Entry::text).toList();
    }

    private static List<String> send(DialogEngine engine, String id, List<String> texts, CountDownLatch go)
            throws InterruptedException {
        go.await();
        List<String> answered = Collections.synchronizedList(new ArrayList<>());
        for (String text : texts) {
            try {
                engine.handle(id, Utterance.text(text));
                answered.add(text);
            } catch (ConversationBusyException e) {
                // allowed: the turn failed whole; the transcript must then not have it
            }
        }
        return answered;
    }

    private void assertNumberedWithoutGaps(String id) {
        List<Integer> seqs = JdbcClient.create(connect())
                .sql("select seq from conversation_message where conversation_id = ? order by seq").param(id)
                .query(Integer.class).list();
        assertThat(seqs).isEqualTo(IntStream.range(0, seqs.size()).boxed().toList());
    }

    private static List<String> texts(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).toList();
    }
}
