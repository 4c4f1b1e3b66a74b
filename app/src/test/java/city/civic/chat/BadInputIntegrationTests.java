package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input gets a clear error or a polite reply, and the conversation goes on afterwards. */
@IntegrationTest
class BadInputIntegrationTests {

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
    void emptyAndWhitespaceMessagesGetAPoliteReply() {
        assertThat(api.say(id, "").reply(0).get("text").asString()).contains("didn't receive any text");
        assertThat(api.say(id, "   \n\t ").reply(0).get("text").asString()).contains("didn't receive any text");
    }

    @Test
    void emojiAndSymbolsOnlyGetAPoliteReply() {
        TurnApi.Response r = api.say(id, "🚦🚧🙏");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reply(0).get("text").asString()).contains("only read words");
    }

    @Test
    void aMessageOverTheLimitIsRefusedClearly() {
        TurnApi.Response r = api.say(id, "a".repeat(2001));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asString()).isEqualTo("message.too_long");
    }

    @Test
    void aHundredKilobyteBodyIsRefusedBeforeItIsRead() {
        TurnApi.Response r = api.say(id, "x".repeat(100 * 1024));

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body().get("error").asString()).isEqualTo("message.too_large");
    }

    @Test
    void binaryAndMalformedBodiesAreRefusedAndTheConversationContinues() {
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0x00, 0x01, (byte) 0xc3, 0x28};
        assertThat(api.postBytes("/api/v1/conversations/" + id + "/messages", binary).status()).isEqualTo(400);
        TurnApi.Response malformed = api.post("/api/v1/conversations/" + id + "/messages", "{\"text\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("error").asString()).isEqualTo("request.malformed");
        assertThat(api.post("/api/v1/conversations/" + id + "/messages", "{}").body().get("error").asString())
                .isEqualTo("message.missing");

        assertThat(api.say(id, "hello").status()).isEqualTo(200);
    }

    @Test
    void controlCharactersAndMixedScriptsAreHandled() {
        String text = "Hello\u0000\u0007 시청 opening hours 알려주세요 \uD83D\uDE00";

        TurnApi.Response r = api.say(id, text);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reply(0).get("language").asString()).isEqualTo("ko");
        assertThat(new String(r.raw().body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("\u0000");
    }

    @Test
    void unknownConversationsAreA404WithAClearMessage() {
        TurnApi.Response r = api.say("no-such-conversation-id", "hello");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("error").asString()).isEqualTo("conversation.not_found");
        assertThat(api.get("/api/v1/conversations/no-such-conversation-id").status()).isEqualTo(404);
    }

    @Test
    void aFloodFromOneConversationIsSlowedDownNotDropped() {
        int limited = 0;
        for (int i = 0; i < 14; i++) {
            TurnApi.Response r = api.say(id, "hello");
            if (r.status() == 429) {
                limited++;
                assertThat(r.body().get("error").asString()).isEqualTo("rate_limited");
                assertThat(r.raw().headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(limited).isPositive();
        assertThat(api.get("/api/v1/conversations/" + id).status()).isEqualTo(200);
    }

    @Test
    void unsupportedLanguageOrChannelIsRefused() {
        assertThat(api.post("/api/v1/conversations", "{\"channel\":\"web\",\"language\":\"fr\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/conversations", "{\"channel\":\"fax\"}").body().get("error").asString())
                .isEqualTo("channel.unsupported");
    }

    @Test
    void placesAreSuggestedInTheAskedLanguage() {
        TurnApi.Response r = api.get("/api/v1/places?q=gyeongan&lang=ko");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isNotEmpty();
        assertThat(r.body().get(0).get("name").asString()).contains("경안");
        assertThat(r.body().get(0).has("lat")).isTrue();
        assertThat(api.get("/api/v1/places?q=x&lang=fr").status()).isEqualTo(400);
    }
}
