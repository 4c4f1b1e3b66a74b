package city.civic.chat.ws;

import city.civic.chat.ChatProperties;
import city.civic.chat.StompRelayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.user.DefaultUserDestinationResolver;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * The in-process STOMP broker of the embedded default, or RabbitMQ as the broker relay ({@code civic.chat.relay},
 * several instances). Replies go to the sending session only ({@code /user/queue/replies}), and a client may
 * subscribe to nothing else nor send anywhere but {@code /app/chat.send} (DESIGN.md): whatever else it tries gets
 * an ERROR frame, so nobody can listen in on another citizen's conversation, not even with the broker's own
 * destinations or a wildcard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    private static final int MAX_FRAME_BYTES = 16 * 1024;
    private static final long[] HEARTBEAT_MS = {10_000, 10_000};
    /** Where an instance hands the other instances a user destination none of its sessions has (relay only). */
    static final String UNRESOLVED_USER_DESTINATIONS = "/topic/civic.chat.unresolved-user";

    private final ChatProperties properties;
    private final StompRelayProperties relay;
    private final MessageChannel clientOutbound;

    /** @param clientOutbound lazy: the channel is made by the configuration this class is part of */
    WebSocketConfiguration(ChatProperties properties, StompRelayProperties relay,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound) {
        this.properties = properties;
        this.relay = relay;
        this.clientOutbound = clientOutbound;
    }

    /** Spring's user destination resolver, taught conversations and RabbitMQ's session queues. */
    @Bean
    static BeanPostProcessor chatUserDestinations(ObjectProvider<ConversationSessions> sessions,
            ObjectProvider<StompRelayProperties> relay) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("userDestinationResolver".equals(name) && bean instanceof DefaultUserDestinationResolver spring
                        && !(bean instanceof ChatUserDestinations)) {
                    return new ChatUserDestinations(spring, sessions::getObject, relay.getObject().enabled());
                }
                return bean;
            }
        };
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // A SEND right after SUBSCRIBE must not overtake it, or the first reply would have no subscriber.
        registry.setPreserveReceiveOrder(true);
        registry.addEndpoint("/ws")
                .addInterceptors(new ClientAddressInterceptor())
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new CitizenDestinations(clientOutbound));
        // Turns run on these threads. Spring's default (2 per core) queued STOMP turns behind REST turns, which
        // run on Tomcat's 200 threads, whenever both came at once: both kinds now compete on equal terms.
        registration.taskExecutor().corePoolSize(properties.stompTurnThreads())
                .maxPoolSize(properties.stompTurnThreads());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        if (relay.enabled()) {
            // Session queues are bindings on amq.direct (ChatUserDestinations); /topic carries the broadcast.
            registry.enableStompBrokerRelay("/exchange", "/topic")
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost())
                    .setSystemHeartbeatSendInterval(HEARTBEAT_MS[0])
                    .setSystemHeartbeatReceiveInterval(HEARTBEAT_MS[1])
                    .setUserDestinationBroadcast(UNRESOLVED_USER_DESTINATIONS);
        } else {
            registry.enableSimpleBroker("/queue")
                    .setHeartbeatValue(HEARTBEAT_MS)
                    .setTaskScheduler(heartbeatScheduler());
        }
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
    }

    private static ThreadPoolTaskScheduler heartbeatScheduler() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.initialize();
        return scheduler;
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(MAX_FRAME_BYTES)
                .setSendBufferSizeLimit(512 * 1024)
                .setSendTimeLimit(10_000);
    }
}
