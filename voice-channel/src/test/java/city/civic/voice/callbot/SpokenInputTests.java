package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenInputTests {

    @Test
    void aSpokenTicketNumberBecomesOneTheDialogEngineReads() {
        assertThat(SpokenInput.normalize("my ticket is s c two zero two six zero zero zero one two three",
                true)).isEqualTo("my ticket is SC 2026000123");
    }

    @Test
    void aPhoneNumberSaidInGroupsIsOneNumber() {
        assertThat(SpokenInput.normalize("zero one zero one two three four five six seven eight", true))
                .isEqualTo("01012345678");
        assertThat(SpokenInput.normalize("oh one oh double five five one two three four", true))
                .isEqualTo("0105551234");
    }

    @Test
    void everydayNumberWordsStayWordsUnlessANumberIsAwaited() {
        assertThat(SpokenInput.normalize("no one is hurt but one light is out", false))
                .isEqualTo("no one is hurt but one light is out");
        assertThat(SpokenInput.normalize("five", true)).isEqualTo("5");
    }

    @Test
    void tenKeyedDigitsAreATicketNumberWhenOneIsAwaited() {
        assertThat(SpokenInput.keyed("2026000123", true)).isEqualTo("SC-2026-000123");
        assertThat(SpokenInput.keyed("01012345678", false)).isEqualTo("01012345678");
    }

    @Test
    void aCallerAsksForTheMenuOnlyWithAWholeRequestForHelp() {
        assertThat(SpokenInput.asksForHelp("help")).isTrue();
        assertThat(SpokenInput.asksForHelp("what are my options")).isTrue();
        assertThat(SpokenInput.asksForHelp("menu please")).isTrue();
        assertThat(SpokenInput.asksForHelp("메뉴")).isTrue();
        assertThat(SpokenInput.asksForHelp("help there is a fire")).isFalse();
        assertThat(SpokenInput.asksForHelp("what can i do about a broken streetlight")).isFalse();
    }
}
