package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Keyboard mash and languages the bot does not speak get the out-of-scope reply in either language,
 * never a greeting, thanks or a guessed report.
 */
@IntegrationTest
class GibberishIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | asdfjkl qwerty zxcv | en",
        "en | sdkfj sdlkfj | en",
        "en | 你好，请问今天天气怎么样 | en",
        "en | Привет, как у тебя дела? | en",
        "en | مرحبا، كيف حالك اليوم؟ | en",
        "ko | ㅁㄴㅇㄹㅁㄴㅇㄹ | ko",
        "ko | ㅂㅈㄷㄱ ㅅㅛ ㅕㅑ | ko",
        "ko | 你好，请问今天天气怎么样 | ko",
        "ko | Привет, как у тебя дела? | ko",
        "ko | sdkfj sdlkfj | en"})
    void getsTheOutOfScopeReply(String conversationLanguage, String text, String replyLanguage) {
        var api = new TurnApi(port);
        String id = api.start(conversationLanguage);

        TurnApi.Response response = api.say(id, text);

        assertThat(response.status()).isEqualTo(200);
        JsonNode reply = response.reply(0);
        assertThat(reply.get("intent").asString()).isEqualTo("oos");
        assertThat(reply.get("language").asString()).isEqualTo(replyLanguage);
        assertThat(reply.get("sources")).isEmpty();
        assertThat(reply.get("ticket").isNull()).isTrue();
    }
}
