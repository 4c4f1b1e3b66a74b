package city.civic.dialog.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The letter model's parts; its verdicts on the pack's examples are tested in the app (PackIntentsTests). */
class LetterModelTests {

    @Test
    void hangulIsJudgedByItsJamoAndAnythingButLettersSeparatesWords() {
        assertThat(LetterModel.words("가로등-OFF, ㅁㄴ 2번"))
                .containsExactly("\u1100\u1161\u1105\u1169\u1103\u1173\u11bc", "off", "\u1106\u1102", "\u1107\u1165\u11ab");
        assertThat(LetterModel.words("café")).containsExactly("cafe");
    }

    @Test
    void aFewExamplesAreTooLittleTextToJudgeBy() {
        var model = LetterModel.of(List.of("the streetlight is out", "hello", "thank you", "가로등이 꺼졌어요"));

        assertThat(model.gibberish("sdkfj sdlkfj")).isFalse();
        assertThat(model.bitsPerLetter("sdkfj")).isGreaterThan(model.bitsPerLetter("street"));
    }
}
