package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.Conversations.StartedConversation;
import city.civic.dialog.Expectation;
import city.civic.dialog.HandoffMessageAdded;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void aMessageReSentToTheOtherInstanceGetsTheOriginalRepliesAndIsKeptOnce() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        a.engine.handle(id, Utterance.text("the traffic light is broken"), "m-1");
        List<Reply> onA = a.engine.handle(id, Utterance.text("Opo Intersection"), "m-2");
        long version = a.store.find(id).orElseThrow().version;

        List<Reply> onB = b.engine.handle(id, Utterance.text("Opo Intersection"), "m-2");

        assertThat(onA.get(0).expects()).as("a question with what it awaits").isNotNull();
        assertThat(onB).as("the same replies, field for field").isEqualTo(onA);
        assertThat(b.engine.repliesTo(id, "m-2")).contains(onA);
        assertThat(b.store.find(id).orElseThrow().version).as("no turn ran").isEqualTo(version);
        assertThat(citizenTexts(b, id)).containsExactly("the traffic light is broken", "Opo Intersection");
        List<Reply> next = b.engine.handle(id, Utterance.text("just now"), "m-3");
        assertThat(next.get(0).expects().kind()).as("the conversation goes on from A's turn")
                .isEqualTo(Expectation.CONTACT);
        assertThat(a.engine.handle(id, Utterance.text("the traffic light is broken"), "m-1"))
                .as("an older message too").extracting(Reply::intent).containsExactly(EngineFixture.SIGNAL);
        assertNumberedWithoutGaps(id);
    }

    @Test
    void anIdOnlyCountsInItsConversationAndWithoutOneEveryMessageIsATurn() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String first = a.engine.start(Channel.WEB, Language.EN).conversationId();
        String second = a.engine.start(Channel.WEB, Language.EN).conversationId();

        a.engine.handle(first, Utterance.text("hello"), "m-1");
        b.engine.handle(second, Utterance.text("thank you"), "m-1");
        b.engine.handle(second, Utterance.text("thank you"), " ");
        a.engine.handle(second, Utterance.text("thank you"), null);

        assertThat(citizenTexts(b, first)).containsExactly("hello");
        assertThat(citizenTexts(a, second)).containsExactly("thank you", "thank you", "thank you");
        assertThat(a.engine.repliesTo(second, " ")).isEmpty();
        assertThat(a.engine.repliesTo(second, "m-2")).isEmpty();
    }

    @Test
    void theSameIdOnBothInstancesAtOnceIsOneTurnAndTheLaterFindsTheFirstsReplies() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        var onB = new ArrayList<List<Reply>>();
        var interrupted = new AtomicBoolean();
        // B handles the same message while A's turn is under way, and commits first.
        a.duringSearch = () -> {
            if (!interrupted.getAndSet(true)) {
                onB.add(b.engine.handle(id, Utterance.text(EngineFixture.HOURS_QUESTION), "m-1"));
            }
        };

        List<Reply> onA = a.engine.handle(id, Utterance.text(EngineFixture.HOURS_QUESTION), "m-1");

        assertThat(onB).singleElement().satisfies(replies -> assertThat(replies.get(0).text())
                .contains(EngineFixture.HOURS_ANSWER));
        assertThat(onA).as("A's version check failed; run again, it found B's replies").isEqualTo(onB.get(0));
        assertThat(a.searched).as("A's turn did not run a second time").hasSize(1);
        assertThat(citizenTexts(a, id)).containsExactly(EngineFixture.HOURS_QUESTION);
        assertThat(a.store.find(id).orElseThrow().version).as("saved at start and by one turn").isEqualTo(2);
        assertNumberedWithoutGaps(id);
    }

    @Test
    void messagesRacingThroughBothInstancesWithTheSameIdsAreEachOneTurn() throws Exception {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        List<String> texts = texts("hello", TURNS_EACH);
        var go = new CountDownLatch(1);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Map<String, List<Reply>>> onA = threads.submit(() -> sendWithIds(a.engine, id, texts, go));
            Future<Map<String, List<Reply>>> onB = threads.submit(() -> sendWithIds(b.engine, id, texts, go));
            go.countDown();
            Map<String, List<Reply>> repliesA = onA.get();
            Map<String, List<Reply>> repliesB = onB.get();

            List<String> citizen = citizenTexts(a, id);
            assertThat(citizen).as("each message once, whoever answered it").doesNotHaveDuplicates()
                    .containsAll(repliesA.keySet()).containsAll(repliesB.keySet());
            assertThat(citizen).isSubsetOf(texts);
            assertThat(repliesA.keySet()).as("both instances answered some of the same messages")
                    .containsAnyElementsOf(repliesB.keySet());
            repliesA.forEach((text, replies) -> {
                if (repliesB.containsKey(text)) {
                    assertThat(repliesB.get(text)).as("both got the one turn's replies to " + text)
                            .isEqualTo(replies);
                }
            });
            assertThat(a.store.find(id).orElseThrow().version).isEqualTo(1 + citizen.size());
            assertNumberedWithoutGaps(id);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void recordedRepliesComeBackFieldForFieldWhateverTheirSizeAndGoWithTheirConversation() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        Conversation conversation = a.conversation(Channel.WEB);
        List<Reply> replies = List.of(
                new Reply("x".repeat(7000), "en", "faq", 0.875, List.of(new Reply.Source("faq.hours", "Hours")),
                        new Reply.TicketRef("SC-2026-000001", "received"), List.of("Yes", "No"), false,
                        new Reply.Agent("Kim"), new Expectation("confirm", Expectation.CONFIRM, List.of("yes", "no"))),
                new Reply("한국어 " + "y".repeat(7000), "ko", "handoff", 0, List.of(), null, List.of(), true),
                new Reply("z".repeat(7000), "en", "oos", 0.1, null, null, null, false, null,
                        new Expectation("where", Expectation.PLACE, List.of())));

        a.store.serially(conversation.id, () -> {
            a.store.save(conversation, List.of(), "m-1", replies);
            return null;
        });

        assertThat(b.engine.repliesTo(conversation.id, "m-1")).contains(replies);
        JdbcClient.create(connect()).sql("delete from conversation where id = ?").param(conversation.id).update();
        assertThat(b.engine.repliesTo(conversation.id, "m-1")).as("deleted with the conversation").isEmpty();
    }

    @Test
    void aTurnThatFailedRecordsNothingSoItsMessageCanBeSentAgain() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        a.duringSearch = () -> b.engine.handle(id, Utterance.text("hello"));
        assertThatThrownBy(() -> a.engine.handle(id, Utterance.text(EngineFixture.HOURS_QUESTION), "m-1"))
                .isInstanceOf(ConversationBusyException.class);
        assertThat(b.engine.repliesTo(id, "m-1")).isEmpty();
        a.duringSearch = () -> { };

        List<Reply> sentAgain = b.engine.handle(id, Utterance.text(EngineFixture.HOURS_QUESTION), "m-1");

        assertThat(sentAgain.get(0).text()).contains(EngineFixture.HOURS_ANSWER);
        assertThat(a.engine.repliesTo(id, "m-1")).contains(sentAgain);
        assertThat(citizenTexts(a, id)).endsWith("hello", EngineFixture.HOURS_QUESTION)
                .containsOnlyOnce(EngineFixture.HOURS_QUESTION);
    }

    @Test
    void whileACounsellorAnswersAMessageReSentToTheOtherInstanceReachesThemOnce() {
        var a = new EngineFixture(connect());
        var b = new EngineFixture(connect());
        String id = a.engine.start(Channel.WEB, Language.EN).conversationId();
        a.engine.handle(id, Utterance.text("connect me to a counsellor"));
        a.desk.pickUp(id, "Kim", "staff-1");

        List<Reply> onA = a.engine.handle(id, Utterance.text("my street is dark"), "m-1");
        List<Reply> onB = b.engine.handle(id, Utterance.text("my street is dark"), "m-1");

        assertThat(onA).as("the bot stays silent").isEmpty();
        assertThat(onB).isEmpty();
        assertThat(b.engine.repliesTo(id, "m-1")).contains(List.of());
        assertThat(citizenTexts(b, id)).containsOnlyOnce("my street is dark");
        assertThat(b.events).as("B told no counsellor about it").noneMatch(HandoffMessageAdded.class::isInstance);
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

    /** Sends each text with its own id ({@code m-<text>}); the replies each got, busy ones left out. */
    private static Map<String, List<Reply>> sendWithIds(DialogEngine engine, String id, List<String> texts,
            CountDownLatch go) throws InterruptedException {
        go.await();
        Map<String, List<Reply>> answered = new LinkedHashMap<>();
        for (String text : texts) {
            try {
                answered.put(text, engine.handle(id, Utterance.text(text), "m-" + text));
            } catch (ConversationBusyException e) {
                // allowed: this attempt failed whole; the other instance may still have answered the message
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
