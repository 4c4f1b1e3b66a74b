package city.civic.citypack;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.IntentPrediction;
import city.civic.knowledge.embedding.CachedTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The classifier trained on the sample pack's intents in both languages, as the app trains it. */
class PackIntentsTests {

    static IntentClassifier classifier;

    @BeforeAll
    static void train() {
        var examples = new ArrayList<IntentExample>();
        for (String lang : List.of("en", "ko")) {
            examples.addAll(CityPackFiles.jsonLines(JsonMapper.builder().build(), PackIntentsTests.class
                    .getClassLoader().getResourceAsStream("citypack/sample/intents-" + lang + ".jsonl")));
        }
        var embedder = new MiniLmTextEmbedder(CachedTextEmbedder.batchThreads(2), examples.size() + 100);
        classifier = IntentClassifier.train(examples, embedder, 0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfjkl qwerty zxcv", "sdkfj sdlkfj", "jfjfjfjf hjkl", "ㅁㄴㅇㄹㅁㄴㅇㄹ", "ㅂㅈㄷㄱ ㅅㅛ ㅕㅑ",
        "ㅋㅋㅋㅋㅋㅋ", "你好，请问今天天气怎么样", "Привет, как у тебя дела?", "مرحبا، كيف حالك اليوم؟"})
    void keyboardMashAndUnsupportedLanguagesAreOutOfScope(String text) {
        IntentPrediction prediction = classifier.classify(text);

        assertThat(prediction.intent()).isEqualTo(IntentClassifier.OUT_OF_SCOPE);
        assertThat(prediction.ranking()).as("nothing was understood, not even a guess").isEmpty();
        assertThat(prediction.unreadable()).as("so the answers are not searched for it either").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"the streetlamp by the libary is dark, streetlight.report", "thanks a lot, thanks",
        "고맙습니다 정말로, thanks", "안녕하세요, greeting", "ㄱㅅ, thanks", "가로등이 안 켜져요 오포로요, streetlight.report",
        "SC-2026-000123 status, ticket.status"})
    void realMessagesWithTyposPlaceNamesAndChatShorthandAreNot(String text, String intent) {
        IntentPrediction prediction = classifier.classify(text);

        assertThat(prediction.intent()).isEqualTo(intent);
        assertThat(prediction.unreadable()).isFalse();
    }
}
