package city.civic.chat.ws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;

/**
 * Where a citizen's STOMP client may subscribe and send (DESIGN.md): {@code /user/queue/replies},
 * {@code /user/queue/errors} and {@code /app/chat.send}, nothing else. Anything else is dropped and answered
 * with an ERROR frame, after which the server closes the connection (STOMP 1.2). The rules are Spring
 * Security's message matchers; the refusal is ours because with ordered inbound messages an exception
 * thrown here would only be logged, and the client would never hear why.
 */
final class CitizenDestinations implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CitizenDestinations.class);
    private static final byte[] NO_BODY = new byte[0];

    private final AuthorizationManager<Message<?>> rules = MessageMatcherDelegatingAuthorizationManager.builder()
            .simpTypeMatchers(SimpMessageType.CONNECT, SimpMessageType.HEARTBEAT, SimpMessageType.UNSUBSCRIBE,
                    SimpMessageType.DISCONNECT).permitAll()
            .simpSubscribeDestMatchers("/user/queue/replies", "/user/queue/errors").permitAll()
            .simpMessageDestMatchers("/app/chat.send").permitAll()
            .anyMessage().denyAll()
            .build();
    private final MessageChannel clientOutbound;

    CitizenDestinations(MessageChannel clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        AuthorizationResult result = rules.authorize(() -> null, message);
        if (result != null && result.isGranted()) {
            return message;
        }
        refuse(StompHeaderAccessor.wrap(message));
        return null;
    }

    private void refuse(StompHeaderAccessor refused) {
        log.info("stomp.refused command={} destination={}", refused.getCommand(), refused.getDestination());
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setSessionId(refused.getSessionId());
        error.setMessage("Not allowed: subscribe to /user/queue/replies or /user/queue/errors, send to /app/chat.send.");
        if (refused.getReceipt() != null) {
            error.setReceiptId(refused.getReceipt());
        }
        clientOutbound.send(MessageBuilder.createMessage(NO_BODY, error.getMessageHeaders()));
    }
}
