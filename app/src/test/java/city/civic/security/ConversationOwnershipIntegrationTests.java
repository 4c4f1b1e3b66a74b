package city.civic.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.chat.TurnApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The conversation id alone opens nothing: every call after the first needs the owner's token. */
@IntegrationTest
class ConversationOwnershipIntegrationTests {

    @LocalServerPort
    int port;

    TurnApi citizen;
    String id;

    @BeforeEach
    void aCitizenInTheMiddleOfAReport() {
        citizen = new TurnApi(port);
        id = citizen.start("en");
        citizen.say(id, "The streetlight at Gyeongan Intersection is out, my number is 010-4444-5555");
    }

    @Test
    void readingTheTranscriptWithoutTheTokenIsNotFoundLikeAnUnknownId() {
        TurnApi.Response withoutToken = citizen.anonymous("GET", "/api/v1/conversations/" + id, null);
        TurnApi.Response unknown = citizen.anonymous("GET", "/api/v1/conversations/no-such-conversation", null);

        assertThat(withoutToken.status()).isEqualTo(404);
        assertThat(withoutToken.body().get("error").asString()).isEqualTo("conversation.not_found");
        assertThat(withoutToken.raw().body()).isEqualTo(unknown.raw().body()).doesNotContain("010-4444-5555");
    }

    @Test
    void aWrongTokenIsNotFoundToo() {
        TurnApi.Response wrong = new TurnApi(port).anonymousWithToken("GET", "/api/v1/conversations/" + id,
                "x".repeat(32));

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body().get("error").asString()).isEqualTo("conversation.not_found");
    }

    @Test
    void aStrangerCannotCancelTheReportAndTheOwnersReportGoesOn() {
        TurnApi.Response cancel = citizen.anonymous("POST", "/api/v1/conversations/" + id + "/messages",
                "{\"text\":\"cancel\"}");

        assertThat(cancel.status()).isEqualTo(404);
        assertThat(citizen.get("/api/v1/conversations/" + id).body().get("messages").valueStream()
                .filter(m -> m.get("role").asString().equals("citizen")).map(m -> m.get("text").asString()))
                .doesNotContain("cancel");
        String next = citizen.say(id, "it has been dark since last night").lastReply().get("text").asString();
        assertThat(next).doesNotContainIgnoringCase("cancelled");
    }
}
