package city.civic.voice.callbot;

import static city.civic.voice.callbot.CallFixtures.MENU;
import static city.civic.voice.callbot.CallFixtures.awaiting;
import static city.civic.voice.callbot.CallFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Expectation;
import city.civic.dialog.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallStateTests {

    @Test
    void theLastReplySaysWhatIsAwaitedAndAnyReplyNamesTheTicket() {
        Reply filed = new Reply("Filed as SC-2026-000001.", "en", "streetlight.report", 1, null,
                new Reply.TicketRef("SC-2026-000001", "received"), List.of(), false);
        Reply next = CallFixtures.asking("Anything else?", Expectation.CONFIRM, List.of("Yes", "No"));

        CallState state = CallState.greeted(MENU).answered(List.of(filed, next));

        assertThat(state.expects().kind()).isEqualTo(Expectation.CONFIRM);
        assertThat(state.ticketId()).isEqualTo("SC-2026-000001");
        assertThat(state.category()).isEqualTo("streetlight.report");
        assertThat(state.answered(List.of(reply("City Hall opens at nine.", "faq"))).expects()).isNull();
    }

    @Test
    void anEmergencyIsTheCategoryTheCounsellorSees() {
        CallState state = CallState.greeted(MENU).answered(List.of(reply("Call 119 now.", Reply.EMERGENCY)));

        assertThat(state.category()).isEqualTo(Reply.EMERGENCY);
    }

    @Test
    void theLastThreeTurnsAreKept() {
        CallState state = CallState.greeted(MENU).said("one").said("two").said("three").said("four");

        assertThat(state.lastSaid()).containsExactly("two", "three", "four");
    }

    @Test
    void aPlainSentenceLeavesTheMenuOnOffer() {
        CallState state = CallState.greeted(MENU);

        assertThat(state.offering(SpokenPrompt.saying(List.of("Sorry."))).current()).isSameAs(MENU);
    }

    @Test
    void placesAndNumbersAreWaitedForPatiently() {
        assertThat(awaiting(Expectation.PLACE).patient()).isTrue();
        assertThat(awaiting(Expectation.TICKET).patient()).isTrue();
        assertThat(awaiting(Expectation.CONTACT).collectingNumber()).isTrue();
        assertThat(awaiting(Expectation.CONFIRM).patient()).isFalse();
        assertThat(awaiting(null).patient()).isFalse();
    }
}
