package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.content.SlotSpec;
import city.civic.dialog.engine.Corrections.Correction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectionsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            not Opo-ro but Gyeongan Intersection            | Gyeongan Intersection
            I meant Gyeongan Intersection                   | Gyeongan Intersection
            actually it's Gyeongan Intersection             | Gyeongan Intersection
            sorry, I meant yesterday evening                | yesterday evening
            No, it was at Gyeongan Intersection             | at Gyeongan Intersection
            아니요, 경안사거리예요                             | 경안사거리
            경안사거리로 정정할게요                             | 경안사거리
            오포로 말고 경안사거리로 정정할게요                  | 경안사거리
            오포로가 아니라 경안사거리예요                       | 경안사거리
            """)
    void findsTheNewValueInEachPhrasing(String said, String value) {
        assertThat(Corrections.in(said)).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(value));
    }

    @Test
    void namedSlotsAndTheRestOfTheSentence() {
        assertThat(Corrections.in("oops, wrong spot, it's the intersection by City Hall, not the one I said"))
                .hasValue(new Correction(SlotSpec.WHERE, "the intersection by City Hall", true));
        assertThat(Corrections.in("wrong number, 010-9876-5432"))
                .hasValue(new Correction(SlotSpec.CONTACT, "010-9876-5432", true));
        assertThat(Corrections.in("the time was actually 9pm")).hasValue(new Correction(SlotSpec.WHEN, "9pm", true));
        assertThat(Corrections.in("연락처는 010-9876-5432예요"))
                .hasValue(new Correction(SlotSpec.CONTACT, "010-9876-5432", true));
        assertThat(Corrections.in("wrong place")).hasValue(new Correction(SlotSpec.WHERE, "", true));
    }

    @Test
    void aPlainNoIsOnlyAWeakCue() {
        assertThat(Corrections.in("no, I'll say it again")).hasValueSatisfying(c -> assertThat(c.explicit()).isFalse());
        assertThat(Corrections.in("no")).isEmpty();
        assertThat(Corrections.in("아니요")).isEmpty();
    }

    @Test
    void questionsAndOrdinaryAnswersAreNoCorrections() {
        assertThat(Corrections.in("actually, what are the opening hours of City Hall?")).isEmpty();
        assertThat(Corrections.in("The traffic light at City Hall Intersection is dark")).isEmpty();
        assertThat(Corrections.in("어젯밤부터요")).isEmpty();
        assertThat(Corrections.in("010-1234-5678")).isEmpty();
    }
}
