package city.civic.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The relay is off by default; switched on (as {@code prod} does), a missing login stops the start-up. */
class StompRelayPropertiesTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withConfiguration(UserConfigurations.of(ChatConfiguration.class));

    @Test
    void offByDefaultWithRabbitMqsLocalDefaults() {
        runner.run(context -> assertThat(context.getBean(StompRelayProperties.class))
                .isEqualTo(new StompRelayProperties(false, "127.0.0.1", 61613, "guest", "guest", "/")));
    }

    @Test
    void enabledWithoutALoginOrPasscodeFailsAtStartUp() {
        runner.withPropertyValues("civic.chat.relay.enabled=true", "civic.chat.relay.login=")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("civic.chat.relay.enabled=true", "civic.chat.relay.passcode=")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("civic.chat.relay.enabled=true", "civic.chat.relay.login=civic",
                        "civic.chat.relay.passcode=secret")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
