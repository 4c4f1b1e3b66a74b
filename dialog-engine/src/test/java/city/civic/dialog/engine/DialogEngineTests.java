package city.civic.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationNotFoundException;
import city.civic.dialog.Conversations;
import city.civic.dialog.Conversations.StartedConversation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A turn goes through the policy, and the conversation's state and transcript are written through. */
class DialogEngineTests {

    final EngineFixture fixture = new EngineFixture();
    final DialogEngine engine = fixture.engine;

    @Test
    void startGreetsInTheChosenLanguageOrInBothAndOnlyTheTokenOwnsTheConversation() {
        StartedConversation english = engine.start(Channel.WEB, Language.EN);
        StartedConversation unknown = engine.start(Channel.WEB, null);

        assertThat(english.messages()).extracting(Reply::language).containsExactly("en");
        assertThat(unknown.messages()).extracting(Reply::language).containsExactly("ko", "en");
        assertThat(engine.ownedBy(english.conversationId(), english.token())).isTrue();
        assertThat(engine.ownedBy(english.conversationId(), unknown.token())).isFalse();
        assertThat(engine.ownedBy(english.conversationId(), null)).isFalse();
    }

    @Test
    void aTurnIsAnsweredByThePolicyAndWrittenToTheTranscript() {
        String id = engine.start(Channel.WEB, Language.EN).conversationId();

        List<Reply> replies = engine.handle(id, Utterance.text("the traffic light is broken"));

        assertThat(replies).singleElement().extracting(Reply::intent).isEqualTo(EngineFixture.SIGNAL);
        Transcript transcript = engine.transcript(id).orElseThrow();
        assertThat(transcript.messages()).extracting(Transcript.Entry::role).containsExactly("bot", "citizen", "bot");
        assertThat(transcript.messages().get(1).text()).isEqualTo("the traffic light is broken");
        assertThat(transcript.messages().get(2).text()).isEqualTo(replies.get(0).text());
    }

    @Test
    void theStateOfOneTurnIsThereForTheNext() {
        String id = engine.start(Channel.WEB, Language.EN).conversationId();
        engine.handle(id, Utterance.text("the traffic light is broken"));

        List<Reply> replies = engine.handle(id, Utterance.text("Opo Intersection"));

        assertThat(replies.get(0).expects().slot()).isEqualTo("when");
        assertThat(fixture.store.find(id).orElseThrow().state.report.placeId).isEqualTo("opo-intersection");
    }

    @Test
    void aKoreanMessageSwitchesTheConversationToKorean() {
        String id = engine.start(Channel.WEB, Language.EN).conversationId();

        List<Reply> replies = engine.handle(id, Utterance.text("안녕하세요, 도와주세요"));

        assertThat(replies.get(0).language()).isEqualTo("ko");
        assertThat(fixture.store.find(id).orElseThrow().state.language).isEqualTo("ko");
    }

    @Test
    void controlCharactersGoAndALongMessageIsCut() {
        String id = engine.start(Channel.WEB, Language.EN).conversationId();

        engine.handle(id, Utterance.text("  hello\u0000\u0007 "));
        engine.handle(id, Utterance.text("a".repeat(Utterance.MAX_TEXT_LENGTH + 50)));

        List<Transcript.Entry> said = engine.transcript(id).orElseThrow().messages().stream()
                .filter(e -> e.role().equals("citizen")).toList();
        assertThat(said.get(0).text()).isEqualTo("hello");
        assertThat(said.get(1).text()).hasSize(Utterance.MAX_TEXT_LENGTH);
    }

    @Test
    void keypadDigitsAreTheTextOfAPhoneTurn() {
        String id = engine.start(Channel.PHONE, Language.EN).conversationId();

        engine.handle(id, new Utterance("", null, List.of(), "12345678"));

        assertThat(engine.transcript(id).orElseThrow().messages().get(1).text()).isEqualTo("12345678");
    }

    @Test
    void anOverlongClientMessageIdIsRefusedAndNothingIsHandled() {
        String id = engine.start(Channel.WEB, Language.EN).conversationId();
        String overlong = "m".repeat(Conversations.MAX_CLIENT_MESSAGE_ID + 1);

        assertThatThrownBy(() -> engine.handle(id, Utterance.text("hello"), overlong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 64 characters");
        assertThatThrownBy(() -> engine.repliesTo(id, overlong)).isInstanceOf(IllegalArgumentException.class);
        assertThat(engine.transcript(id).orElseThrow().messages()).extracting(Transcript.Entry::role)
                .containsExactly("bot");
        assertThat(engine.handle(id, Utterance.text("hello"), "m".repeat(Conversations.MAX_CLIENT_MESSAGE_ID)))
                .isEqualTo(engine.repliesTo(id, "m".repeat(Conversations.MAX_CLIENT_MESSAGE_ID)).orElseThrow());
    }

    @Test
    void anUnknownConversationIsRefused() {
        assertThatThrownBy(() -> engine.handle("no-such-id", Utterance.text("hello")))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(engine.transcript("no-such-id")).isEmpty();
    }
}
