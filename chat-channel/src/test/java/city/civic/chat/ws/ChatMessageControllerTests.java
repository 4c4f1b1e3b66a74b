package city.civic.chat.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import city.civic.chat.ChatGuard;
import city.civic.chat.ChatProperties;
import city.civic.chat.RepliedMessages;
import city.civic.chat.ws.ChatMessageController.ChatError;
import city.civic.chat.ws.ChatMessageController.ChatReplies;
import city.civic.chat.ws.ChatMessageController.ChatSend;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.ConversationNotFoundException;
import city.civic.dialog.Conversations;
import city.civic.dialog.Expectation;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import tools.jackson.databind.json.JsonMapper;

/** STOMP's {@code /app/chat.send} without a broker: ownership, replies with what they expect, refusals. */
class ChatMessageControllerTests {

    static final Reply QUESTION = new Reply("Where is it?", "en", "signal.fault.report", 1, List.of(), null,
            List.of(), false).withExpects(new Expectation("where", Expectation.PLACE, List.of()));

    final Conversations conversations = mock(Conversations.class);
    final ConversationSessions sessions = new ConversationSessions();
    final ChatMessageController controller = new ChatMessageController(conversations,
            new ChatGuard(new ChatProperties(List.of(), Utterance.MAX_TEXT_LENGTH, 10, 60, 20, 30)),
            new RepliedMessages(), sessions);
    final SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create();

    @BeforeEach
    void session() {
        headers.setSessionId("session-1");
        var attributes = new HashMap<String, Object>();
        attributes.put(ClientAddressInterceptor.ADDRESS, "203.0.113.7");
        headers.setSessionAttributes(attributes);
        when(conversations.ownedBy("c-1", "token")).thenReturn(true);
    }

    @Test
    void theOwnersMessageIsAnsweredAndTheSessionServesTheConversation() {
        when(conversations.handle(eq("c-1"), any(Utterance.class), any())).thenReturn(List.of(QUESTION));

        ChatReplies replies = controller.send(new ChatSend("c-1", "token", "the light is broken", "m-1"), headers);

        assertThat(replies.conversationId()).isEqualTo("c-1");
        assertThat(replies.clientMessageId()).isEqualTo("m-1");
        assertThat(replies.messages()).singleElement().extracting(Reply::expects)
                .isEqualTo(new Expectation("where", Expectation.PLACE, List.of()));
        assertThat(sessions.of("c-1")).containsExactly("session-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(replies))
                .as("the frame's JSON carries what the question awaits")
                .contains("\"expects\":{\"slot\":\"where\",\"kind\":\"place\",\"choices\":[]}");
    }

    @Test
    void aWrongTokenIsAnUnknownConversationAndNothingIsHandled() {
        ChatSend guessed = new ChatSend("c-1", "guessed", "hello", "m-1");

        assertThatThrownBy(() -> controller.send(guessed, headers)).isInstanceOf(ConversationNotFoundException.class);
        assertThat(controller.failed(new ConversationNotFoundException("c-1")))
                .isEqualTo(new ChatError(null, "conversation.not_found",
                        "This conversation does not exist or has expired. Please start a new one."));
        assertThat(sessions.of("c-1")).isEmpty();
        verify(conversations, never()).handle(any(), any(), any());
    }

    @Test
    void aTooLongMessageIsRefusedWithItsClientMessageId() {
        ChatSend tooLong = new ChatSend("c-1", "token", "a".repeat(Utterance.MAX_TEXT_LENGTH + 1), "m-2");

        Throwable thrown = catchThrowable(() -> controller.send(tooLong, headers));

        ChatError error = controller.failed((Exception) thrown);
        assertThat(error.clientMessageId()).isEqualTo("m-2");
        assertThat(error.error()).isEqualTo("message.too_long");
        verify(conversations, never()).handle(any(), any(), any());
    }

    @Test
    void aRetriedMessageGetsTheSameRepliesWithoutASecondTurn() {
        when(conversations.handle(eq("c-1"), any(Utterance.class), any())).thenReturn(List.of(QUESTION));
        ChatSend yes = new ChatSend("c-1", "token", "yes", "m-3");

        controller.send(yes, headers);
        ChatReplies again = controller.send(yes, headers);

        assertThat(again.messages()).containsExactly(QUESTION);
        verify(conversations, times(1)).handle(eq("c-1"), any(Utterance.class), any());
    }

    @Test
    void malformedJsonAndUnexpectedFailuresHaveTheirOwnCodes() {
        assertThat(controller.failed(new MessageConversionException("bad")).error()).isEqualTo("request.malformed");
        assertThat(controller.failed(new IllegalStateException("boom")).error()).isEqualTo("internal");
        assertThat(controller.failed(new ConversationBusyException("c-1", 5, new IllegalStateException("stale")))
                .error()).isEqualTo("conversation.busy");
    }
}
