package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListeningTests {

    final PlaceGrammar places = PlaceGrammar.of(List.of("Docheok-ro", "City Hall"), Map.of(), word -> true);

    @Test
    void aConfirmationIsHeardAsItsChoicesAndTheEnginesYesAndNo() {
        Listening listening = Listening.forQuestion(new Expectation("confirm", Expectation.CONFIRM,
                List.of("Yes, file it", "Change the place", "Cancel")), Language.EN, () -> places);

        assertThat(listening.phrases()).contains("Yes, file it", "Change the place", "Cancel", "yes", "yeah",
                "that's right", "no", "nope");
        assertThat(listening.patient()).isFalse();
    }

    @Test
    void aPlaceIsHeardThroughTheGazetteersGrammarPatiently() {
        Listening listening = Listening.forQuestion(new Expectation("where", Expectation.PLACE, null), Language.EN,
                () -> places);

        assertThat(listening.phrases()).isEqualTo(places.phrases());
        assertThat(listening.patient()).isTrue();
    }

    @Test
    void aTicketNumberIsHeardAsItsPrefixAndDigits() {
        Listening listening = Listening.forQuestion(new Expectation("ticket", Expectation.TICKET, null), Language.EN,
                () -> places);

        assertThat(listening.phrases()).contains("s c", "zero", "oh", "two", "nine", "double");
        assertThat(listening.patient()).isTrue();
    }

    @Test
    void anOpenQuestionIsHeardOverTheWholeVocabulary() {
        assertThat(Listening.forQuestion(null, Language.EN, () -> places)).isEqualTo(Listening.ANYTHING);
        assertThat(Listening.forQuestion(new Expectation("what", Expectation.TEXT, null), Language.EN, () -> places))
                .isEqualTo(Listening.ANYTHING);
        assertThat(Listening.forQuestion(new Expectation("contact", Expectation.CONTACT, null), Language.EN,
                () -> places)).isEqualTo(new Listening(null, true));
    }
}
