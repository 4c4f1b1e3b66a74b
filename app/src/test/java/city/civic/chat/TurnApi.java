package city.civic.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A citizen's client of the turn API over real HTTP. */
public final class TurnApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public TurnApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public JsonNode reply(int i) {
            return body.get("messages").get(i);
        }

        public JsonNode lastReply() {
            return body.get("messages").get(body.get("messages").size() - 1);
        }
    }

    public String start(String language) {
        Response r = post("/api/v1/conversations",
                "{\"channel\":\"web\",\"language\":" + (language == null ? "null" : "\"" + language + "\"") + "}");
        if (r.status() != 201) {
            throw new AssertionError("start failed: " + r.raw().body());
        }
        return r.body().get("conversationId").asString();
    }

    public Response say(String conversationId, String text) {
        return post("/api/v1/conversations/" + conversationId + "/messages",
                json.writeValueAsString(java.util.Map.of("text", text)));
    }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response postBytes(String path, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = isJson && !response.body().isEmpty() ? json.readTree(response.body()) : null;
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
