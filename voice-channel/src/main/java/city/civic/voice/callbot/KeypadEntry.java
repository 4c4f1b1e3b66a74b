package city.civic.voice.callbot;

import city.civic.dialog.Expectation;
import city.civic.dialog.Utterance;
import java.time.Duration;
import java.util.List;

/**
 * What the caller's keys mean. While a number is awaited the keypad types it (hash ends it, star starts
 * again, a pause ends it too); otherwise each key is a menu choice of the current prompt. A single key
 * left alone while a number is awaited is still a menu choice, so "press 1 to skip" and "press 0 for a
 * counsellor" keep working. The call's thread only.
 */
final class KeypadEntry {

    /** What a key (or the pause after keys) asks the call to do. */
    sealed interface Action {
    }

    /** Take this as the caller's turn. */
    record Say(Utterance utterance) implements Action {
    }

    /** Say the current prompt again. */
    record Repeat() implements Action {
    }

    /** The key is no choice of the current menu. */
    record Invalid(char digit) implements Action {
    }

    /** A digit of a number was typed: wait for the rest. */
    record Typing() implements Action {
    }

    private final long timeoutNanos;
    private final StringBuilder keyed = new StringBuilder();
    private long lastKeyAt;

    KeypadEntry(Duration keyTimeout) {
        this.timeoutNanos = keyTimeout.toNanos();
    }

    Action key(char digit, CallState state, long now) {
        if (state.collectingNumber()) {
            if (digit == '#') {
                return submit(state, true);
            }
            if (digit == '*') {
                keyed.setLength(0);
                return new Repeat();
            }
            if (Character.isDigit(digit)) {
                keyed.append(digit);
                lastKeyAt = now;
            }
            return new Typing();
        }
        if (digit == '*') {
            return new Repeat();
        }
        String choice = state.current() == null ? null : state.current().keys().get(digit);
        return choice == null ? new Invalid(digit) : new Say(new Utterance(choice, null, List.of(), String.valueOf(digit)));
    }

    /** Keys typed and then left alone long enough: what they make, if they make anything yet. */
    Action pause(CallState state, long now) {
        if (keyed.length() > 0 && now - lastKeyAt > timeoutNanos) {
            return submit(state, false);
        }
        return null;
    }

    /** Digits are being typed: no silence timeout meanwhile. */
    boolean typing() {
        return keyed.length() > 0;
    }

    private Action submit(CallState state, boolean hash) {
        String digits = keyed.toString();
        keyed.setLength(0);
        String choice = digits.length() == 1 && !hash && state.current() != null
                ? state.current().keys().get(digits.charAt(0)) : null;
        if (choice != null) {
            return new Say(new Utterance(choice, null, List.of(), digits));
        }
        if (digits.isEmpty()) {
            return new Repeat();
        }
        return new Say(new Utterance(SpokenInput.keyed(digits, state.awaits(Expectation.TICKET)), null, List.of(),
                digits));
    }
}
