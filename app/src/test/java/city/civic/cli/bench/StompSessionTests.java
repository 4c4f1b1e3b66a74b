package city.civic.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The STOMP exchange against a recording stand-in for the JDK WebSocket. */
class StompSessionTests {

    private final RecordingSocket socket = new RecordingSocket();
    private final StompSession session =
            new StompSession(new Conversation("c-1", "t-1"), JsonMapper.builder().build(), Duration.ofSeconds(10));

    @Test
    void connectsThenSubscribesToRepliesAndErrors() {
        CompletableFuture<Void> ready = session.handshake(socket, "127.0.0.1");
        assertThat(ready).isNotDone();
        assertThat(socket.commands()).containsExactly("CONNECT");

        receive("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0");

        assertThat(ready).isCompleted();
        assertThat(socket.frames()).extracting(f -> f.header("destination"))
                .containsExactly(null, "/user/queue/replies", "/user/queue/errors");
        assertThat(socket.frames()).extracting(f -> f.header("id")).containsExactly(null, "0", "1");
    }

    @Test
    void aTurnCompletesWithItsOwnReplyOnly() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        StompFrame sent = socket.frames().get(3);
        assertThat(sent.command()).isEqualTo("SEND");
        assertThat(sent.header("destination")).isEqualTo("/app/chat.send");
        assertThat(sent.body()).isEqualTo(
                "{\"conversationId\":\"c-1\",\"token\":\"t-1\",\"text\":\"hello\",\"clientMessageId\":\"m1\"}");

        receive(message("0", "{\"conversationId\":\"c-1\",\"clientMessageId\":\"m0\",\"messages\":[{\"text\":\"late\"}]}"));
        assertThat(reply).isNotDone();
        // A reply may arrive split over several WebSocket text parts.
        String answer = message("0", "{\"conversationId\":\"c-1\",\"clientMessageId\":\"m1\",\"messages\":[{\"text\":\"Hi\"}]}");
        session.onText(socket, answer.substring(0, 20), false);
        assertThat(reply).isNotDone();
        session.onText(socket, answer.substring(20), true);
        assertThat(reply).isCompleted();
    }

    @Test
    void aRefusalOnTheErrorQueueFailsTheTurnWithItsCode() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        receive(message("1", "{\"clientMessageId\":\"m1\",\"error\":\"rate_limited\",\"message\":\"wait\"}"));

        assertThat(reply).isCompletedExceptionally();
        assertThat(TurnFailure.kindOf(reply.handle((ok, e) -> e).join())).isEqualTo("ws rate_limited");
    }

    @Test
    void anEmptyReplyIsAnError() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        receive(message("0", "{\"clientMessageId\":\"m1\",\"messages\":[]}"));

        assertThat(TurnFailure.kindOf(reply.handle((ok, e) -> e).join())).isEqualTo("empty reply");
    }

    @Test
    void aClosedSocketFailsThePendingAndEveryLaterTurn() {
        connect();
        CompletableFuture<Void> reply = session.send("hello");

        session.onClose(socket, 1011, "server error");

        assertThat(TurnFailure.kindOf(reply.handle((ok, e) -> e).join())).isEqualTo("ws closed");
        assertThat(TurnFailure.kindOf(session.send("again").handle((ok, e) -> e).join())).isEqualTo("ws closed");
    }

    private void connect() {
        session.handshake(socket, "127.0.0.1");
        receive("CONNECTED\nversion:1.2\n\n\0");
    }

    private void receive(String text) {
        session.onText(socket, text, true);
    }

    private static String message(String subscription, String body) {
        return "MESSAGE\ndestination:/user/queue/x\ncontent-type:application/json\nsubscription:" + subscription
                + "\nmessage-id:1\n\n" + body + "\0";
    }

    /** Completes every send at once and keeps what was sent. */
    static final class RecordingSocket implements WebSocket {
        final List<String> sent = new CopyOnWriteArrayList<>();

        List<StompFrame> frames() {
            var buffer = new StringBuilder(String.join("", sent));
            return StompFrame.drain(buffer);
        }

        List<String> commands() {
            return frames().stream().map(StompFrame::command).toList();
        }

        @Override
        public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
            sent.add(data.toString());
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public void request(long n) {
        }

        @Override
        public String getSubprotocol() {
            return "";
        }

        @Override
        public boolean isOutputClosed() {
            return false;
        }

        @Override
        public boolean isInputClosed() {
            return false;
        }

        @Override
        public void abort() {
        }
    }
}
