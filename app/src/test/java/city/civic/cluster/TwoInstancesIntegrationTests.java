package city.civic.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.CivicContactApplication;
import city.civic.security.StaffApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the whole application over one H2 database file, each with its own index, caches and locks,
 * as behind a load balancer: a chat started on A continues on B over REST and back, and messages sent to both at
 * once are all kept, once each, numbered without gaps; a message re-sent (same client message id) to the other
 * instance, or sent to both at once, is one turn and gets one turn's replies.
 */
class TwoInstancesIntegrationTests {

    static final String RUN = UUID.randomUUID().toString();
    static final int MESSAGES_EACH = 8;
    /** Messages sent to both instances at the same moment, one after another. */
    static final int RACES = 6;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startBoth() {
        a = start("a");
        b = start("b");
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aReportStartedOnOneInstanceIsFiledThroughBothInTurn() {
        JsonNode started = post(a, "/api/v1/conversations", Map.of("channel", "web", "language", "en"), null).body();
        String id = started.get("conversationId").asString();
        String token = started.get("token").asString();
        List<ConfigurableApplicationContext> both = List.of(a, b);
        List<String> said = new ArrayList<>(List.of("The streetlight at Gyeongan Market is out"));

        Reply reply = say(a, id, token, said.get(0));
        int turn = 1;
        for (; turn < 8 && reply.status() == 200 && lastReply(reply).get("ticket").isNull(); turn++) {
            // Each instance answers the question the other asked: only shared state lets the report go on.
            String answer = switch (String.valueOf(expects(reply))) {
                case "time" -> "since last night";
                case "contact" -> "010-3456-7890";
                case "confirm" -> "yes";
                default -> throw new AssertionError("unexpected question: " + lastReply(reply));
            };
            said.add(answer);
            reply = say(both.get(turn % 2), id, token, answer);
        }

        assertThat(reply.status()).isEqualTo(200);
        assertThat(lastReply(reply).get("ticket").isNull()).as("a ticket was filed").isFalse();
        assertThat(turn).as("both instances served turns").isGreaterThanOrEqualTo(3);
        assertThat(citizenTexts(turn % 2 == 0 ? a : b, id, token)).isEqualTo(said);
        assertNumberedWithoutGaps(id);
    }

    @Test
    void messagesSentToBothInstancesAtOnceAreAllKeptOnce() throws Exception {
        JsonNode started = post(b, "/api/v1/conversations", Map.of("channel", "web", "language", "en"), null).body();
        String id = started.get("conversationId").asString();
        String token = started.get("token").asString();
        var go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> keptA = threads.submit(() -> sendAll(a, id, token, "hello from a", go));
            Future<List<String>> keptB = threads.submit(() -> sendAll(b, id, token, "thank you from b", go));
            go.countDown();
            List<String> answered = new ArrayList<>(keptA.get());
            answered.addAll(keptB.get());

            assertThat(citizenTexts(a, id, token)).containsExactlyInAnyOrderElementsOf(answered);
            assertThat(answered).hasSizeGreaterThan(MESSAGES_EACH);
            assertNumberedWithoutGaps(id);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aMessageReSentToTheOtherInstanceGetsTheFirstsRepliesAndIsKeptOnce() {
        JsonNode started = post(a, "/api/v1/conversations", Map.of("channel", "web", "language", "en"), null).body();
        String id = started.get("conversationId").asString();
        String token = started.get("token").asString();
        String text = "The streetlight at Gyeongan Market is out";

        Reply onA = say(a, id, token, text, "m-1");
        Reply onB = say(b, id, token, text, "m-1");

        assertThat(onA.status()).isEqualTo(200);
        assertThat(expects(onA)).as("A asked a question").isNotNull();
        assertThat(onB.status()).isEqualTo(200);
        assertThat(onB.body()).as("B answers with A's replies").isEqualTo(onA.body());
        assertThat(citizenTexts(b, id, token)).containsExactly(text);
        assertNumberedWithoutGaps(id);
    }

    @Test
    void theSameMessageSentToBothInstancesAtOnceIsOneTurn() throws Exception {
        JsonNode started = post(a, "/api/v1/conversations", Map.of("channel", "web", "language", "en"), null).body();
        String id = started.get("conversationId").asString();
        String token = started.get("token").asString();
        List<String> texts = IntStream.rangeClosed(1, RACES).mapToObj(i -> "hello " + i).toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (String text : texts) {
                var go = new CountDownLatch(1);
                Future<Reply> toA = threads.submit(() -> {
                    go.await();
                    return say(a, id, token, text, "race-" + text);
                });
                Future<Reply> toB = threads.submit(() -> {
                    go.await();
                    return say(b, id, token, text, "race-" + text);
                });
                go.countDown();

                assertThat(toA.get().status()).isEqualTo(200);
                assertThat(toB.get().status()).isEqualTo(200);
                assertThat(toB.get().body()).as("both get the one turn's replies").isEqualTo(toA.get().body());
            }

            assertThat(citizenTexts(a, id, token)).as("each message once").isEqualTo(texts);
            assertNumberedWithoutGaps(id);
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> sendAll(ConfigurableApplicationContext instance, String id, String token,
            String prefix, CountDownLatch go) throws InterruptedException {
        go.await();
        List<String> answered = new ArrayList<>();
        for (int i = 1; i <= MESSAGES_EACH; i++) {
            String text = prefix + " " + i;
            if (say(instance, id, token, text).status() == 200) {
                answered.add(text);
            }
        }
        return answered;
    }

    private static void assertNumberedWithoutGaps(String id) {
        List<Integer> seqs = b.getBean(JdbcClient.class)
                .sql("select seq from conversation_message where conversation_id = ? order by seq").param(id)
                .query(Integer.class).list();
        assertThat(seqs).isEqualTo(IntStream.range(0, seqs.size()).boxed().toList());
    }

    private static JsonNode lastReply(Reply reply) {
        JsonNode messages = reply.body().get("messages");
        return messages.get(messages.size() - 1);
    }

    private static String expects(Reply reply) {
        JsonNode expects = lastReply(reply).get("expects");
        return expects == null || expects.isNull() ? null : expects.get("kind").asString();
    }

    private static List<String> citizenTexts(ConfigurableApplicationContext instance, String id, String token) {
        Reply transcript = send(instance, HttpRequest.newBuilder(uri(instance, "/api/v1/conversations/" + id))
                .header("X-Conversation-Token", token).GET());
        assertThat(transcript.status()).isEqualTo(200);
        return StreamSupport.stream(transcript.body().get("messages").spliterator(), false)
                .filter(m -> "citizen".equals(m.get("role").asString())).map(m -> m.get("text").asString()).toList();
    }

    private static Reply say(ConfigurableApplicationContext instance, String id, String token, String text) {
        return post(instance, "/api/v1/conversations/" + id + "/messages", Map.of("text", text), token);
    }

    private static Reply say(ConfigurableApplicationContext instance, String id, String token, String text,
            String clientMessageId) {
        return post(instance, "/api/v1/conversations/" + id + "/messages",
                Map.of("text", text, "clientMessageId", clientMessageId), token);
    }

    private static Reply post(ConfigurableApplicationContext instance, String path, Object body, String token) {
        var request = HttpRequest.newBuilder(uri(instance, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("X-Conversation-Token", token);
        }
        return send(instance, request);
    }

    private static Reply send(ConfigurableApplicationContext instance, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    record Reply(int status, JsonNode body) {
    }

    private static ConfigurableApplicationContext start(String instance) {
        String data = "target/it-data/cluster-" + RUN;
        return new SpringApplicationBuilder(CivicContactApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:./" + data + "/civic",
                "--civic.knowledge.index-directory=" + data + "/index-" + instance,
                "--civic.security.admin.username=" + StaffApi.ADMIN,
                "--civic.security.admin.password=" + StaffApi.ADMIN_PASSWORD,
                "--civic.chat.messages-per-address=100000",
                "--civic.chat.messages-per-address-per-second=100000",
                "--civic.chat.conversations-per-address-per-minute=100000",
                "--civic.voice.enabled=false",
                "--civic.voice.fastagi.enabled=false",
                "--civic.voice.audiosocket.enabled=false");
    }
}
