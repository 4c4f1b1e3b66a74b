package city.civic.cluster.relay;

import city.civic.chat.TurnApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A citizen's conversation over the turn API, on whichever instance each request is sent to. */
public record Citizen(String conversationId, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What an instance answered to a turn: its status and body (null when empty). */
    public record Turn(int status, JsonNode body) {

        /** The replies' last message. */
        public JsonNode lastReply() {
            JsonNode messages = body.get("messages");
            return messages.get(messages.size() - 1);
        }
    }

    public static Citizen startOn(int port) {
        TurnApi api = new TurnApi(port);
        String id = api.start("en");
        return new Citizen(id, api.token(id));
    }

    /** {@code POST /api/v1/conversations/{id}/messages} on the instance at {@code port}; the replies. */
    public JsonNode say(int port, String text, String clientMessageId) {
        return answered("/messages on :" + port, attempt(port, text, clientMessageId)).get("messages");
    }

    /** The same request as {@link #say}, whatever the instance answers; throws only if it cannot be reached. */
    public Turn attempt(int port, String text, String clientMessageId) {
        String body = JSON.writeValueAsString(Map.of("text", text, "clientMessageId", clientMessageId));
        return send(port, "/messages", HttpRequest.BodyPublishers.ofString(body));
    }

    /** {@code GET /api/v1/conversations/{id}}: the transcript's messages. */
    public JsonNode transcript(int port) {
        return answered("transcript on :" + port, send(port, "", null)).get("messages");
    }

    private static JsonNode answered(String path, Turn turn) {
        if (turn.status() != 200) {
            throw new AssertionError(path + " answered " + turn.status() + " " + turn.body());
        }
        return turn.body();
    }

    private Turn send(int port, String path, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/conversations/"
                        + conversationId + path))
                .header("Content-Type", "application/json").header("X-Conversation-Token", token);
        try {
            HttpResponse<String> response = HTTP.send(body == null ? request.GET().build() : request.POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Turn(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
