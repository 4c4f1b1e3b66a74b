package city.civic.chat;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The chat channel's own guards for slice tests: properties as configured by default, rate limits, retries. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ChatConfiguration.class, ChatGuard.class, RepliedMessages.class})
public class ChatConfigurationForTests {

    public static final int MAX_MESSAGE_LENGTH = 2000;
}
