package city.civic.chat;

import city.civic.dialog.Utterance;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The chat channel's own guards for slice tests: properties as configured by default, rate limits. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ChatConfiguration.class, ChatGuard.class})
public class ChatConfigurationForTests {

    /** The default of {@code civic.chat.max-message-length}. */
    public static final int MAX_MESSAGE_LENGTH = Utterance.MAX_TEXT_LENGTH;
}
