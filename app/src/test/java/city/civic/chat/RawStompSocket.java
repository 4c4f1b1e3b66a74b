package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket that sends text as given: for tests of the server's answer to bytes no STOMP client would
 * send (a malformed or oversized frame). Everything well-formed goes through
 * {@link city.civic.cli.bench.StompChat} instead.
 */
final class RawStompSocket implements AutoCloseable {

    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    /** Opens {@code /ws} and sends a CONNECT; the CONNECTED frame is taken. */
    RawStompSocket(int port) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Collector()).get(10, TimeUnit.SECONDS);
        send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
        assertThat(poll(Duration.ofSeconds(10))).startsWith("CONNECTED");
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next text message, {@code CLOSED <code>} when the server closed, or null after {@code wait}. */
    String poll(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            received.add("CLOSED " + statusCode);
            return null;
        }
    }
}
