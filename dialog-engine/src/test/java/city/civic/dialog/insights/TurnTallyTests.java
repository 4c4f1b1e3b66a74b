package city.civic.dialog.insights;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.ConversationOutcome;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How replies classify a conversation: outcomes, intents per citizen message, unanswered turns, answers given. */
class TurnTallyTests {

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void aGreetingAloneIsNoTurnAndAbandoned() {
        TurnTally tally = TurnTally.of(List.of(bot(reply("greeting"))));

        assertThat(tally.turns()).isZero();
        assertThat(tally.intents()).isEmpty();
        assertThat(tally.outcome()).isEqualTo(ConversationOutcome.ABANDONED);
        assertThat(tally.isEmpty()).isTrue();
    }

    @Test
    void aCuratedAnswerIsAnsweredAndCountsTheAnswer() {
        Reply answer = new Reply("Opening hours are 9 to 6.", "en", "faq", 0.9,
                List.of(new Reply.Source("city-hall-hours", "City hall opening hours")), null, List.of(), false);

        TurnTally tally = TurnTally.of(List.of(citizen("when is city hall open"), bot(answer)));

        assertThat(tally.outcome()).isEqualTo(ConversationOutcome.ANSWERED);
        assertThat(tally.intents()).containsExactly(java.util.Map.entry("faq", 1));
        assertThat(tally.answers().get("city-hall-hours").uses()).isEqualTo(1);
        assertThat(tally.unansweredTurns()).isZero();
    }

    @Test
    void anAdmissionAndAFallbackAreUnansweredTurns() {
        TurnTally tally = TurnTally.of(List.of(
                citizen("do you lend telescopes"), bot(reply("faq")),
                citizen("banana quantum"), bot(reply("oos"))));

        assertThat(tally.turns()).isEqualTo(2);
        assertThat(tally.unansweredTurns()).isEqualTo(2);
        assertThat(tally.outcome()).isEqualTo(ConversationOutcome.ABANDONED);
    }

    @Test
    void aFiledTicketOutranksAnAnswerButAStatusLookUpIsAnAnswer() {
        Reply filed = new Reply("Filed as SC-2026-000001", "en", "streetlight.report", 1, List.of(),
                new Reply.TicketRef("SC-2026-000001", "received"), List.of(), false);
        Reply status = new Reply("It is received", "en", "ticket.status", 1, List.of(),
                new Reply.TicketRef("SC-2026-000001", "received"), List.of(), false);

        assertThat(TurnTally.of(List.of(citizen("yes"), bot(filed))).outcome())
                .isEqualTo(ConversationOutcome.TICKET_FILED);
        assertThat(TurnTally.of(List.of(citizen("status of SC-2026-000001"), bot(status))).outcome())
                .isEqualTo(ConversationOutcome.ANSWERED);
    }

    @Test
    void aHandOffAndAnEmergencyAreTheStrongest() {
        Reply handoff = new Reply("A counsellor will answer", "en", "agent.request", 1, List.of(), null, List.of(),
                true);
        var entries = new ArrayList<>(List.of(citizen("a person please"), bot(handoff)));

        assertThat(TurnTally.of(entries).outcome()).isEqualTo(ConversationOutcome.HANDED_OFF);
        assertThat(TurnTally.of(entries).handedOff()).isTrue();
        entries.addAll(List.of(citizen("someone is bleeding"), bot(reply("emergency"))));
        assertThat(TurnTally.of(entries).outcome()).isEqualTo(ConversationOutcome.EMERGENCY);
    }

    @Test
    void aDigressionCountsTheIntentOfTheFirstReplyOnly() {
        Reply answer = new Reply("9 to 6", "en", "faq", 0.9, List.of(new Reply.Source("hours", "Hours")), null,
                List.of(), false);

        TurnTally tally = TurnTally.of(List.of(citizen("by the way, opening hours?"), bot(answer),
                bot(reply("streetlight.report"))));

        assertThat(tally.intents()).containsOnlyKeys("faq");
        assertThat(tally.turns()).isEqualTo(1);
    }

    @Test
    void aCounsellorsMessageIsNeitherATurnNorAReply() {
        var agent = new Transcript.Entry("agent", "I will help you", AT,
                new Reply("I will help you", "en", "emergency", 1, List.of(), null, List.of(), false));

        TurnTally tally = TurnTally.of(List.of(agent));

        assertThat(tally.turns()).isZero();
        assertThat(tally.outcome()).isEqualTo(ConversationOutcome.ABANDONED);
    }

    static Transcript.Entry citizen(String text) {
        return new Transcript.Entry("citizen", text, AT, null);
    }

    static Transcript.Entry bot(Reply reply) {
        return new Transcript.Entry("bot", reply.text(), AT, reply);
    }

    static Reply reply(String intent) {
        return new Reply("…", "en", intent, 0.5, List.of(), null, List.of(), false);
    }
}
