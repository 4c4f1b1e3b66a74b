package city.civic.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompHeaders;

/** The turn logic over STOMP, with the frames a server sends handed in directly. */
class StompTurnSessionTests {

    private final List<List<String>> sent = new CopyOnWriteArrayList<>();
    private final StompTurnSession session = new StompTurnSession(new Conversation("c-1", "t-1"), Duration.ofSeconds(10));

    @Test
    void aTurnSendsItsMessageAndCompletesWithItsOwnReplyOnly() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        assertThat(sent).containsExactly(List.of("c-1", "t-1", "hello", "m1"));
        session.onFrame(message(StompChat.REPLIES,
                "{\"conversationId\":\"c-1\",\"clientMessageId\":\"m0\",\"messages\":[{\"text\":\"late\"}]}"));
        assertThat(reply).isNotDone();
        session.onFrame(message(StompChat.REPLIES,
                "{\"conversationId\":\"c-1\",\"clientMessageId\":\"m1\",\"messages\":[{\"text\":\"Hi\"}]}"));
        assertThat(reply).isCompleted();
        session.send("again");
        assertThat(sent).extracting(turn -> turn.get(3)).containsExactly("m1", "m2");
    }

    @Test
    void aRefusalOnTheErrorQueueFailsTheTurnWithItsCode() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        session.onFrame(message(StompChat.ERRORS, "{\"clientMessageId\":\"m1\",\"error\":\"rate_limited\",\"message\":\"wait\"}"));

        assertThat(failure(reply)).isEqualTo("ws rate_limited");
    }

    @Test
    void aRefusalWithoutAnIdIsStillTheTurnInFlight() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        session.onFrame(message(StompChat.REPLIES, "{\"error\":\"not_ours\"}"));
        assertThat(reply).isNotDone();
        session.onFrame(message(StompChat.ERRORS, "{\"error\":\"conversation.not_found\"}"));

        assertThat(failure(reply)).isEqualTo("ws conversation.not_found");
    }

    @Test
    void anEmptyOrUnreadableReplyIsAnError() {
        connect();
        CompletableFuture<Void> empty = session.send("hello");
        session.onFrame(message(StompChat.REPLIES, "{\"clientMessageId\":\"m1\",\"messages\":[]}"));
        CompletableFuture<Void> unreadable = session.send("hello");
        session.onFrame(message(StompChat.REPLIES, "{not json"));

        assertThat(failure(empty)).isEqualTo("empty reply");
        assertThat(failure(unreadable)).isEqualTo("bad reply");
    }

    @Test
    void aStompErrorOrAClosedConnectionFailsThePendingAndEveryLaterTurn() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        session.onFrame(new StompChat.Frame("ERROR", new StompHeaders(), "bad frame", 0));

        assertThat(failure(reply)).isEqualTo("ws stomp error");
        assertThat(failure(session.send("again"))).isEqualTo("ws closed");

        StompTurnSession other = new StompTurnSession(new Conversation("c-2", "t-2"), Duration.ofSeconds(10));
        other.attach((id, token, text, messageId) -> { }, () -> { });
        CompletableFuture<Void> cut = other.send("hello");
        other.onFrame(new StompChat.Frame("CLOSED", new StompHeaders(), "server error", 1011));
        assertThat(failure(cut)).isEqualTo("ws closed");
    }

    @Test
    void aSendThatCannotGoOutFailsTheTurnAndClosingDisconnectsOnce() {
        List<String> disconnects = new CopyOnWriteArrayList<>();
        session.attach((id, token, text, messageId) -> {
            throw new IllegalStateException("not connected");
        }, () -> disconnects.add("bye"));

        assertThat(failure(session.send("hello"))).isEqualTo("ws send failed");
        session.close().join();
        session.close().join();
        assertThat(disconnects).containsExactly("bye");
        assertThat(failure(session.send("again"))).isEqualTo("ws closed");
    }

    private void connect() {
        session.attach((id, token, text, messageId) -> sent.add(List.of(id, token, text, messageId)), () -> { });
    }

    private static String failure(CompletableFuture<Void> turn) {
        return TurnFailure.kindOf(turn.handle((ok, e) -> e).join());
    }

    private static StompChat.Frame message(String destination, String body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        return new StompChat.Frame("MESSAGE", headers, body, 0);
    }
}
