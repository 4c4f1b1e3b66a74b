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
    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The owner's token of a conversation this client started. */
    public String token(String conversationId) {
        return tokens.get(conversationId);
    }

    public Response say(String conversationId, String text) {
        return post("/api/v1/conversations/" + conversationId + "/messages",
                json.writeValueAsString(java.util.Map.of("text", text)));
    }

    /** A message with the client's id for it, as the widget sends (and re-sends) it. */
    public Response say(String conversationId, String text, String clientMessageId) {
        return post("/api/v1/conversations/" + conversationId + "/messages",
                json.writeValueAsString(java.util.Map.of("text", text, "clientMessageId", clientMessageId)));
    }

    /** As the owner when the path names a conversation this client started. */
    public Response post(String path, String body) {
        Response response = send(owned(path, HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (path.equals("/api/v1/conversations") && response.status() == 201) {
            tokens.put(response.body().get("conversationId").asString(), response.body().get("token").asString());
        }
        return response;
    }

    Response postBytes(String path, byte[] body) {
        return send(owned(path, HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response get(String path) {
        return send(owned(path, HttpRequest.newBuilder(URI.create(base + path))).GET().build());
    }

    /** Without any token, whatever the path: what a stranger sends. */
    public Response anonymous(String method, String path, String body) {
        return send(stranger(method, path, body).build());
    }

    /** With a token of the stranger's choosing. */
    public Response anonymousWithToken(String method, String path, String token) {
        return send(stranger(method, path, null).header("X-Conversation-Token", token).build());
    }

    private HttpRequest.Builder stranger(String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder owned(String path, HttpRequest.Builder request) {
        String prefix = "/api/v1/conversations/";
        if (path.startsWith(prefix)) {
            String id = path.substring(prefix.length()).split("[/?]", 2)[0];
            String token = tokens.get(id);
            if (token != null) {
                request.header("X-Conversation-Token", token);
            }
        }
        return request;
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
