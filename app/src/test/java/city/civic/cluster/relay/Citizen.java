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
record Citizen(String conversationId, String token) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Citizen startOn(int port) {
        TurnApi api = new TurnApi(port);
        String id = api.start("en");
        return new Citizen(id, api.token(id));
    }

    /** {@code POST /api/v1/conversations/{id}/messages} on the instance at {@code port}; the replies. */
    JsonNode say(int port, String text, String clientMessageId) {
        String body = JSON.writeValueAsString(Map.of("text", text, "clientMessageId", clientMessageId));
        return send(port, "/messages", HttpRequest.BodyPublishers.ofString(body)).get("messages");
    }

    /** {@code GET /api/v1/conversations/{id}}: the transcript's messages. */
    JsonNode transcript(int port) {
        return send(port, "", null).get("messages");
    }

    private JsonNode send(int port, String path, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/conversations/"
                        + conversationId + path))
                .header("Content-Type", "application/json").header("X-Conversation-Token", token);
        try {
            HttpResponse<String> response = HTTP.send(body == null ? request.GET().build() : request.POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " on :" + port + " answered " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
