package city.civic.voice.speech.mary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenTextTests {

    @Test
    void splitsAReplyIntoSentencesAsWritten() {
        assertThat(SpokenText.sentences("I have filed your report.  Your ticket number is SC-2026-000123! Anything else?"))
                .containsExactly("I have filed your report.", "Your ticket number is SC-2026-000123!", "Anything else?");
    }

    @Test
    void abbreviationsNumbersAndTimesDoNotEndASentence() {
        assertThat(SpokenText.sentences("Dr. Kim and Prof. Lee are 3.5 km from St. Mary's, e.g. near Gate 2. Call them."))
                .containsExactly("Dr. Kim and Prof. Lee are 3.5 km from St. Mary's, e.g. near Gate 2.", "Call them.");
    }

    @Test
    void anAbbreviationEndsASentenceBeforeACapital() {
        assertThat(SpokenText.sentences("We open at 9 a.m. Come early, bring tools etc. and water."))
                .containsExactly("We open at 9 a.m.", "Come early, bring tools etc. and water.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(SpokenText.sentences("He said \"Stop.\" Then he left (quickly!) and \"Go!\" was heard. (Really.) End"))
                .containsExactly("He said \"Stop.\"", "Then he left (quickly!) and \"Go!\" was heard.", "(Really.)", "End");
    }

    @Test
    void anEmptyLineEndsASentence() {
        assertThat(SpokenText.sentences("Street lights\n\nThree are out.\nTwo flicker"))
                .containsExactly("Street lights", "Three are out.", "Two flicker");
    }

    @Test
    void marksBeforeALowerCaseWordDoNotEndASentence() {
        assertThat(SpokenText.sentences("Well... maybe. It is approx. five metres. Really?! yes."))
                .containsExactly("Well... maybe.", "It is approx. five metres.", "Really?! yes.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "...", "?! - —", "\u0000\u0007\u001b", "\uD83D\uDE00\u200D\uFE0F", "*** ###"})
    void nothingToSay(String text) {
        assertThat(SpokenText.hasWords(text)).isFalse();
        assertThat(SpokenText.sentences(text)).isEmpty();
    }

    @Test
    void sentencesWithoutWordsAreLeftOut() {
        assertThat(SpokenText.sentences("... Hello \u0007there. !!! \uD83D\uDE00 Bye."))
                .containsExactly("Hello \u0007there.", "Bye.");
    }

    @Test
    void tokensKeepNumbersTimesIdsAndContractionsWhole() {
        assertThat(SpokenText.tokens("SC-2026-000123 at 10:30, $1,000.50 or -5 on 03/15/2026: don’t e-mail help@seoul.go.kr")
                .stream().map(SpokenText.Token::text))
                .containsExactly("SC-2026-000123", "at", "10:30", ",", "$", "1,000.50", "or", "-5", "on", "03/15/2026",
                        ":", "don't", "e-mail", "help@seoul.go.kr");
    }

    @Test
    void aDashBetweenWordsIsAPause() {
        assertThat(SpokenText.tokens("Road – closed - again — sorry").stream().map(SpokenText.Token::text))
                .containsExactly("Road", ",", "closed", ",", "again", ",", "sorry");
    }

    @Test
    void overLongTokensAreCut() {
        assertThat(SpokenText.tokens("x".repeat(250)).get(0).text()).hasSize(SpokenText.MAX_TOKEN_LENGTH);
    }
}
