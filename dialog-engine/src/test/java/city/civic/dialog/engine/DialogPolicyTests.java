package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Expectation;
import city.civic.dialog.HandoffChanged;
import city.civic.dialog.HandoffStatus;
import city.civic.dialog.Reply;
import city.civic.tickets.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's rules, turn by turn, with intents from a small trained model and in-memory ports. */
class DialogPolicyTests {

    final EngineFixture fixture = new EngineFixture();
    final Conversation conversation = fixture.conversation(Channel.WEB);

    @Test
    void anEmergencyComesFirstEvenInTheMiddleOfAReport() {
        say("the traffic light is broken");

        List<Reply> replies = say("there is a fire in the building");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.intent()).isEqualTo("emergency");
            assertThat(reply.text()).contains("112").contains("119");
        });
        assertThat(conversation.state.report).as("the report waits, it is not lost").isNotNull();
    }

    @Test
    void aReportAsksWhereWithAPlaceExpectation() {
        Reply question = single(say("the traffic light is broken"));

        assertThat(question.intent()).isEqualTo(EngineFixture.SIGNAL);
        assertThat(question.expects()).isEqualTo(new Expectation("where", Expectation.PLACE, List.of()));
    }

    @Test
    void cancelEndsTheReportWithoutFilingIt() {
        say("the traffic light is broken");

        Reply cancelled = single(say("cancel"));

        assertThat(cancelled.text()).contains("cancelled").contains("Nothing was filed");
        assertThat(cancelled.expects()).isNull();
        assertThat(conversation.state.report).isNull();
        assertThat(fixture.tickets).isEmpty();
    }

    @Test
    void aQuestionInTheMiddleOfAReportIsAnsweredAndTheReportResumes() {
        say("the traffic light is broken");

        List<Reply> replies = say(EngineFixture.HOURS_QUESTION);

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).isEqualTo(EngineFixture.HOURS_ANSWER);
        assertThat(replies.get(0).sources()).extracting(Reply.Source::id).containsExactly("faq.hours");
        assertThat(replies.get(1).text()).startsWith("Back to your report: Where is it?");
        assertThat(replies.get(1).expects().kind()).isEqualTo(Expectation.PLACE);
    }

    @Test
    void askingForAPersonInTheMiddleOfAReportHandsOver() {
        say("the traffic light is broken");

        Reply handoff = single(say("connect me to a counsellor"));

        assertThat(handoff.handoff()).isTrue();
        assertThat(conversation.state.handedOff).isTrue();
        assertThat(fixture.events).filteredOn(HandoffChanged.class::isInstance)
                .containsExactly(new HandoffChanged(conversation.id, conversation.channel, HandoffStatus.WAITING));
    }

    @Test
    void aPlaceAnswerFillsTheSlotInsteadOfBeingTakenForADigression() {
        say("the traffic light is broken");

        Reply next = single(say("Opo Intersection"));

        assertThat(conversation.state.report.placeId).isEqualTo("opo-intersection");
        assertThat(next.expects().slot()).isEqualTo("when");
    }

    @Test
    void outOfScopeIsAnsweredWithTheFallbackThenTheSecondTimeAPersonTakesOver() {
        Reply first = single(say("tell me a joke"));
        Reply second = single(say("sing me a song"));

        assertThat(first.intent()).isEqualTo("oos");
        assertThat(fixture.searched).as("the knowledge base may still know it").contains("tell me a joke");
        assertThat(first.text()).startsWith("Sorry, I didn't understand that.");
        assertThat(first.handoff()).isFalse();
        assertThat(second.handoff()).isTrue();
        assertThat(fixture.queue.find(conversation.id)).get()
                .extracting(h -> h.reason()).isEqualTo("repeated-misunderstanding");
    }

    @Test
    void anUnderstoodMessageBetweenTwoMisunderstandingsStartsTheCountAgain() {
        say("tell me a joke");
        say("hello");

        Reply again = single(say("sing me a song"));

        assertThat(again.handoff()).isFalse();
        assertThat(again.intent()).isEqualTo("oos");
    }

    @Test
    void symbolsAloneAreExplainedAndNotSearched() {
        Reply explained = single(say("?!?! :-)"));

        assertThat(explained.text()).startsWith("I can only read words");
        assertThat(fixture.searched).isEmpty();
    }

    @Test
    void keyboardMashIsAnsweredAsNotUnderstoodWithoutSearchingTheAnswers() {
        Reply reply = single(say("xqzkj vbnmqw wrtplk"));

        assertThat(reply.intent()).isEqualTo("oos");
        assertThat(reply.text()).startsWith("Sorry, I didn't understand that.");
        assertThat(fixture.searched).isEmpty();
    }

    @Test
    void anEmptyMessageIsNoMisunderstanding() {
        say("");
        Reply second = single(say(" "));

        assertThat(second.text()).startsWith("I didn't receive any text");
        assertThat(second.handoff()).isFalse();
        assertThat(conversation.state.misunderstandings).isZero();
    }

    @Test
    void aTicketQuestionAwaitsATicketNumberAndTellsTheStatus() {
        fixture.ticket("SC-2026-000123", TicketStatus.IN_PROGRESS, "another-conversation");

        Reply asked = single(say("check my ticket"));
        Reply status = single(say("SC-2026-000123"));

        assertThat(asked.expects()).isEqualTo(new Expectation("ticket", Expectation.TICKET, List.of()));
        assertThat(status.ticket()).isEqualTo(new Reply.TicketRef("SC-2026-000123", "in_progress"));
        assertThat(status.text()).contains("SC-2026-000123").contains("Opo Intersection")
                .doesNotContain("at Opo");
    }

    @Test
    void anUnknownNumberIsNoTicketAndTheNumberIsAskedAgain() {
        Reply reply = single(say("12345678"));

        assertThat(reply.text()).startsWith("No ticket has the number 12345678.");
        assertThat(reply.expects().kind()).isEqualTo(Expectation.TICKET);
        assertThat(conversation.state.awaitingTicketNumber).isTrue();
    }

    @Test
    void aReportFromStartToFilingFilesOneTicket() {
        say("the traffic light is broken");
        say("Opo Intersection");
        say("just now");
        Reply summary = single(say("010-1234-5678"));

        Reply receipt = single(say("yes"));

        assertThat(summary.expects()).isEqualTo(new Expectation("confirm", Expectation.CONFIRM,
                summary.quickReplies()));
        assertThat(receipt.ticket()).isNotNull();
        assertThat(fixture.tickets).containsOnlyKeys(receipt.ticket().id());
        assertThat(conversation.state.report).isNull();
        assertThat(conversation.state.ticketIds).containsExactly(receipt.ticket().id());
    }

    private List<Reply> say(String text) {
        return fixture.policy.respond(fixture.turn(conversation, text));
    }

    private static Reply single(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }
}
