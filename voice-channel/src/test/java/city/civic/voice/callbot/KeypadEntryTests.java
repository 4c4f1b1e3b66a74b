package city.civic.voice.callbot;

import static city.civic.voice.callbot.CallFixtures.awaiting;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Expectation;
import city.civic.dialog.Utterance;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeypadEntryTests {

    static final long SECOND = 1_000_000_000L;
    final KeypadEntry keypad = new KeypadEntry(Duration.ofSeconds(3));

    @Test
    void aKeyIsTheMenuChoiceItStandsFor() {
        KeypadEntry.Action action = keypad.key('2', awaiting(null), 0);

        assertThat(action).isEqualTo(new KeypadEntry.Say(new Utterance("Report a problem", null, null, "2")));
        assertThat(keypad.key('7', awaiting(null), 0)).isEqualTo(new KeypadEntry.Invalid('7'));
        assertThat(keypad.key('*', awaiting(null), 0)).isEqualTo(new KeypadEntry.Repeat());
    }

    @Test
    void keysTypeATicketNumberThatHashEnds() {
        CallState state = awaiting(Expectation.TICKET);
        for (char digit : "2026000123".toCharArray()) {
            assertThat(keypad.key(digit, state, 0)).isEqualTo(new KeypadEntry.Typing());
        }
        assertThat(keypad.typing()).isTrue();

        KeypadEntry.Action action = keypad.key('#', state, SECOND);

        assertThat(action).isEqualTo(new KeypadEntry.Say(new Utterance("SC-2026-000123", null, null, "2026000123")));
        assertThat(keypad.typing()).isFalse();
    }

    @Test
    void aPhoneNumberEndsWithThePauseAfterIt() {
        CallState state = awaiting(Expectation.CONTACT);
        "01012345678".chars().forEach(digit -> keypad.key((char) digit, state, 0));

        assertThat(keypad.pause(state, 2 * SECOND)).as("still typing").isNull();
        assertThat(keypad.pause(state, 4 * SECOND))
                .isEqualTo(new KeypadEntry.Say(new Utterance("01012345678", null, null, "01012345678")));
    }

    @Test
    void aSingleKeyLeftAloneWhileANumberIsAwaitedIsStillAMenuChoice() {
        CallState state = awaiting(Expectation.CONTACT);
        keypad.key('1', state, 0);

        assertThat(keypad.pause(state, 4 * SECOND)).isEqualTo(new KeypadEntry.Say(new Utterance("Skip", null, null, "1")));
    }

    @Test
    void starStartsTheNumberAgain() {
        CallState state = awaiting(Expectation.TICKET);
        keypad.key('9', state, 0);

        assertThat(keypad.key('*', state, 0)).isEqualTo(new KeypadEntry.Repeat());
        assertThat(keypad.typing()).isFalse();
    }
}
