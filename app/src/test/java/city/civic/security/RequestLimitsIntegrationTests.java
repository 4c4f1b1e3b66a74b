package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import city.civic.cli.bench.StompChat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Limits that are limits: counted on what is read, on every path; a refused request changes nothing. */
@IntegrationTest
class RequestLimitsIntegrationTests {

    @LocalServerPort
    int port;

    TurnApi api;
    String id;

    @BeforeEach
    void conversation() {
        api = new TurnApi(port);
        id = api.start("en");
    }

    @Test
    void aTwentyMegabyteChunkedMessageIsRefusedAfterTheLimitAndTheConversationIsUntouched() throws Exception {
        String answer = RawHttp.chunked(port, "POST", "/api/v1/conversations/" + id + "/messages"
                + "", "application/json", 20L << 20);

        assertThat(RawHttp.status(answer)).isEqualTo(413);
        assertThat(answer).contains("message.too_large");
        assertThat(transcriptSize()).isEqualTo(1);
    }

    @Test
    void chunkedBodiesAreCountedOnEveryPath() throws Exception {
        assertThat(RawHttp.status(RawHttp.chunked(port, "POST", "/open311/v2/requests.json", "application/json",
                1L << 20))).isEqualTo(413);
        assertThat(RawHttp.status(RawHttp.chunked(port, "POST", "/open311/v2/requests.json",
                "application/x-www-form-urlencoded", 1L << 20))).isEqualTo(413);
        assertThat(RawHttp.status(RawHttp.chunked(port, "POST", "/api/v1/conversations", "application/json",
                1L << 20))).isEqualTo(413);
        assertThat(RawHttp.status(RawHttp.chunked(port, "POST", "/admin/api/transcripts/x/reveal",
                "application/json", 4L << 20))).isEqualTo(413);
    }

    @Test
    void aClientMessageIdLongerThanSixtyFourCharactersIsRefusedOverRestAndStomp() throws Exception {
        String longId = "x".repeat(65);
        TurnApi.Response rest = api.post("/api/v1/conversations/" + id + "/messages",
                "{\"text\":\"hello\",\"clientMessageId\":\"" + longId + "\"}");

        assertThat(rest.status()).isEqualTo(400);
        assertThat(rest.body().get("error").asString()).isEqualTo("client_message_id.too_long");
        try (StompChat stomp = StompChat.connect(port).subscribeAsCitizen()) {
            stomp.sendChat(id, api.token(id), "hello", longId);
            assertThat(stomp.next().json().get("error").asString()).isEqualTo("client_message_id.too_long");
        }
        assertThat(transcriptSize()).isEqualTo(1);
        assertThat(api.post("/api/v1/conversations/" + id + "/messages",
                "{\"text\":\"hello\",\"clientMessageId\":\"" + "y".repeat(64) + "\"}").status()).isEqualTo(200);
    }

    @Test
    void aMessageOfSixHundredDistinctWordsGetsAnAnswerNotAnError() {
        String words = IntStream.range(0, 666).mapToObj(i -> "" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26)
                + (char) ('a' + i / 676)).collect(Collectors.joining(" "));

        TurnApi.Response reply = api.say(id, words.substring(0, Math.min(1999, words.length())));
        TurnApi.Response question = api.say(id, "how do I get a passport " + words.substring(0, 1900));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.reply(0).get("text").asString()).isNotBlank();
        assertThat(question.status()).isEqualTo(200);
        assertThat(question.reply(0).get("text").asString()).isNotBlank();
    }

    @Test
    void malformedPercentEncodingOrUtf8IsABadRequest() throws Exception {
        for (String query : new String[] {"q=%ff%fe&lang=en", "q=%zz", "q=%e2%82&lang=ko", "lang=%c0%af"}) {
            String answer = RawHttp.get("127.0.0.1", port, "/api/v1/places?" + query);
            assertThat(RawHttp.status(answer)).as(query).isEqualTo(400);
            assertThat(answer).contains("request.malformed");
        }
        assertThat(api.get("/api/v1/places?q=%EA%B2%BD%EC%95%88&lang=ko").status()).isEqualTo(200);
    }

    private int transcriptSize() {
        return api.get("/api/v1/conversations/" + id).body().get("messages").size();
    }
}
