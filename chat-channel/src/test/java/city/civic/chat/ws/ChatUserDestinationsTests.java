package city.civic.chat.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.user.DefaultUserDestinationResolver;
import org.springframework.messaging.simp.user.UserDestinationResult;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.socket.messaging.DefaultSimpUserRegistry;

/** Where a conversation's frames and a session's own queues go, with the in-process broker and with RabbitMQ. */
class ChatUserDestinationsTests {

    final ConversationSessions sessions = new ConversationSessions();

    @Test
    void aConversationReachesEverySessionServingItInProcess() {
        sessions.serve("c-1", "s-1");
        sessions.serve("c-1", "s-2");
        sessions.serve("c-2", "s-3");

        UserDestinationResult result =
                resolver(false).resolveDestination(message("/user/conversation:c-1/queue/replies", null));

        assertThat(result.getTargetDestinations()).containsExactlyInAnyOrder("/queue/replies-users-1",
                "/queue/replies-users-2");
        assertThat(result.getSubscribeDestination()).isEqualTo("/user/queue/replies");
    }

    @Test
    void withTheRelayTheSenderLeavesItToTheBroadcastAndEachInstanceServesItsOwnSessions() {
        sessions.serve("c-1", "s-1");
        ChatUserDestinations relay = resolver(true);

        UserDestinationResult sent = relay.resolveDestination(message("/user/conversation:c-1/queue/replies", null));
        var received = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE); // as Spring's broadcast hands it on
        received.setDestination("/user/conversation:c-1/queue/replies");
        received.setHeader(SimpMessageHeaderAccessor.IGNORE_ERROR, true);
        UserDestinationResult broadcast = relay.resolveDestination(
                MessageBuilder.createMessage(new byte[0], received.getMessageHeaders()));

        assertThat(sent.getTargetDestinations()).as("unresolved: Spring broadcasts it").isEmpty();
        assertThat(broadcast.getTargetDestinations()).containsExactly("/exchange/amq.direct/replies-users-1");
        assertThat(broadcast.getSubscribeDestination()).isEqualTo("/user/queue/replies");
    }

    @Test
    void withTheRelayASessionsOwnQueueIsAnExchangeBindingBothWays() {
        ChatUserDestinations relay = resolver(true);
        var subscribe = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        subscribe.setDestination("/user/queue/replies");
        subscribe.setSessionId("s-1");

        assertThat(relay.resolveDestination(MessageBuilder.createMessage(new byte[0], subscribe.getMessageHeaders()))
                .getTargetDestinations()).containsExactly("/exchange/amq.direct/replies-users-1");
        assertThat(relay.resolveDestination(message("/user/s-1/queue/errors", "s-1")).getTargetDestinations())
                .containsExactly("/exchange/amq.direct/errors-users-1");
        assertThat(resolver(false).resolveDestination(message("/user/s-1/queue/errors", "s-1"))
                .getTargetDestinations()).containsExactly("/queue/errors-users-1");
    }

    private ChatUserDestinations resolver(boolean relay) {
        return new ChatUserDestinations(new DefaultUserDestinationResolver(new DefaultSimpUserRegistry()),
                () -> sessions, relay);
    }

    private static Message<byte[]> message(String destination, String sessionId) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        headers.setSessionId(sessionId);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
