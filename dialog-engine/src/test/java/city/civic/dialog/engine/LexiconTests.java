package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTests {

    @Test
    void yesIsTheWholeAnswerInEitherLanguageSpacedAndPunctuatedLoosely() {
        assertThat(Lexicon.yes("Yes, file it")).isTrue();
        assertThat(Lexicon.yes("yes file it please")).isTrue();
        assertThat(Lexicon.yes("That's right.")).isTrue();
        assertThat(Lexicon.yes("thats right")).isTrue();
        assertThat(Lexicon.yes("Okay!")).isTrue();
        assertThat(Lexicon.yes("네, 접수해주세요")).isTrue();
        assertThat(Lexicon.yes("yes the light is still out")).isFalse();
        assertThat(Lexicon.yes("yesterday")).isFalse();
    }

    @Test
    void noStartsTheAnswer() {
        assertThat(Lexicon.no("No, I'll say it again")).isTrue();
        assertThat(Lexicon.no("nope")).isTrue();
        assertThat(Lexicon.no("아니요 다시 말할게요")).isTrue();
        assertThat(Lexicon.no("nothing is wrong")).isFalse();
        assertThat(Lexicon.no("north gate")).isFalse();
    }
}
