package city.civic.voice.callbot;

import city.civic.dialog.ConfirmationWords;
import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the line listens for while a question waits for its answer: a grammar (confirmations, places, ticket
 * digits) or the whole vocabulary, and whether to wait patiently for the end of speech (people pause in
 * the middle of a place or a number).
 *
 * @param phrases the grammar, or null for the whole vocabulary
 */
record Listening(List<String> phrases, boolean patient) {

    static final Listening ANYTHING = new Listening(null, false);

    Listening {
        phrases = phrases == null ? null : List.copyOf(phrases);
    }

    /** What the engine's question awaits ({@code null}: nothing in particular), heard in the call's language. */
    static Listening forQuestion(Expectation expects, Language language, Supplier<PlaceGrammar> places) {
        String kind = expects == null ? Expectation.TEXT : expects.kind();
        return switch (kind) {
            case Expectation.CONFIRM -> {
                Set<String> grammar = new LinkedHashSet<>(expects.choices());
                grammar.addAll(ConfirmationWords.yes(language));
                grammar.addAll(ConfirmationWords.no(language));
                yield new Listening(List.copyOf(grammar), false);
            }
            case Expectation.PLACE -> new Listening(places.get().phrases(), true);
            case Expectation.TICKET -> new Listening(SpokenInput.ticketWords(), true);
            case Expectation.CONTACT -> new Listening(null, true);
            default -> ANYTHING;
        };
    }
}
