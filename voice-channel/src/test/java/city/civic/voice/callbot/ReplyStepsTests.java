package city.civic.voice.callbot;

import static city.civic.voice.callbot.CallFixtures.MENU;
import static city.civic.voice.callbot.CallFixtures.asking;
import static city.civic.voice.callbot.CallFixtures.awaiting;
import static city.civic.voice.callbot.CallFixtures.handoff;
import static city.civic.voice.callbot.CallFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyStepsTests {

    final ReplySteps steps = new ReplySteps(Language.EN, () -> PlaceGrammar.of(List.of(), Map.of(), word -> true));

    @Test
    void aHandOffIsSaidThenTheCallerIsTransferred() {
        ReplySteps.Step step = after(List.of(handoff("Connecting you to a counsellor.")));

        assertThat(step).isInstanceOf(ReplySteps.Transfer.class);
        assertThat(step.prompt().sentences()).containsExactly("Connecting you to a counsellor.");
    }

    @Test
    void anEmergencysAdviceIsFollowedByAPersonAtOnce() {
        ReplySteps.Step step = after(List.of(reply("Call 119 now.", Reply.EMERGENCY)));

        assertThat(step).isInstanceOf(ReplySteps.Transfer.class);
        assertThat(step.prompt().sentences()).containsExactly("Call 1 1 9 now.",
                "I am also connecting you to a counsellor now. Please stay on the line.");
    }

    @Test
    void goodbyeEndsTheCall() {
        assertThat(after(List.of(reply("Goodbye.", Reply.GOODBYE)))).isInstanceOf(ReplySteps.HangUp.class);
    }

    @Test
    void anAnswerIsClosedWithAnythingElseAndKeepsItsMenuForLater() {
        Reply answer = new Reply("City Hall opens at nine.", "en", "faq", 1, null, null, List.of("Report a problem"),
                false);

        ReplySteps.Listen listen = (ReplySteps.Listen) after(List.of(answer));

        assertThat(listen.menuLater()).isTrue();
        assertThat(listen.prompt().withoutMenu().sentences()).containsExactly("City Hall opens at nine.",
                "Anything else?");
        assertThat(listen.prompt().keys()).containsEntry('1', "Report a problem");
        assertThat(listen.listening()).isEqualTo(Listening.ANYTHING);
    }

    @Test
    void aTicketNumberQuestionOffersTheKeypadAndListensForDigits() {
        Reply question = asking("What is the ticket number?", Expectation.TICKET, List.of());

        ReplySteps.Listen listen = (ReplySteps.Listen) after(List.of(question));

        assertThat(listen.menuLater()).isFalse();
        assertThat(listen.prompt().sentences()).contains(
                "You can also key in the ten digits of your ticket number, then press hash.");
        assertThat(listen.listening().phrases()).contains("s c");
    }

    @Test
    void afterSilenceTheEnginesWordsAreFollowedByTheQuestionAndMenuAgain() {
        ReplySteps.Step step = steps.afterUnheard(List.of(reply("Sorry, I didn't hear anything.", "reprompt")),
                awaiting(null));

        assertThat(step.prompt().sentences()).containsExactly("Sorry, I didn't hear anything.",
                "What would you like to do?", "For Skip, press 1.", "For Report a problem, press 2.",
                "To talk to a counsellor, press 0.");
        assertThat(step.prompt().keys()).isEqualTo(MENU.keys());
        assertThat(steps.afterUnheard(List.of(handoff("I still can't hear you.")), awaiting(null)))
                .isInstanceOf(ReplySteps.Transfer.class);
    }

    private ReplySteps.Step after(List<Reply> replies) {
        return steps.after(replies, CallState.greeted(MENU).answered(replies));
    }
}
