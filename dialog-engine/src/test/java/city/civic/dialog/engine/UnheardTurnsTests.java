package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnheardTurnsTests {

    final List<String> handovers = new ArrayList<>();
    final UnheardTurns unheard = new UnheardTurns(new Responses(), (turn, reason, key) -> {
        handovers.add(reason + " " + key);
        return new Reply("handed over", "en", "agent.request", 1, null, null, null, true);
    });
    final Conversation conversation = new Conversation("c-1", "hash", Channel.PHONE, Instant.EPOCH, Instant.EPOCH,
            new ConversationState(), 0);

    @Test
    void aFirstSilenceIsAskedAgainAndASecondInARowGoesToAPerson() {
        Reply first = respond(Utterance.silence()).get(0);
        Reply second = respond(Utterance.silence()).get(0);

        assertThat(first.text()).isEqualTo("Sorry, I didn't hear anything.");
        assertThat(first.intent()).isEqualTo(UnheardTurns.REPROMPT);
        assertThat(first.handoff()).isFalse();
        assertThat(second.handoff()).isTrue();
        assertThat(handovers).containsExactly("no-input handoff.silence");
        assertThat(conversation.state.misunderstandings).as("silence is not a misunderstanding").isZero();
    }

    @Test
    void unclearSpeechCountsWithTheOtherMisunderstandings() {
        Reply first = respond(Utterance.notUnderstood(0.2)).get(0);
        conversation.state.misunderstandings = 1; // as if the bot then misread a typed or spoken answer too

        respond(Utterance.notUnderstood(0.3));

        assertThat(first.text()).isEqualTo("Sorry, I didn't catch that. Could you say it again in a few words?");
        assertThat(handovers).containsExactly("repeated-misunderstanding handoff.unheard");
    }

    @Test
    void aSilenceBetweenUnclearAnswersDoesNotAddToThem() {
        respond(Utterance.notUnderstood(0.2));
        respond(Utterance.silence());

        assertThat(handovers).isEmpty();
        assertThat(conversation.state.misunderstandings).isEqualTo(1);
        assertThat(conversation.state.silences).isEqualTo(1);
    }

    private List<Reply> respond(Utterance utterance) {
        return unheard.respond(new Turn(conversation, utterance, "", Language.EN, null));
    }
}
