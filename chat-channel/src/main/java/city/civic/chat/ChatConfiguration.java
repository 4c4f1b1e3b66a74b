package city.civic.chat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ChatProperties.class, StompRelayProperties.class})
class ChatConfiguration {
}
